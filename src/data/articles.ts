import { getCollection, type CollectionEntry } from 'astro:content';

/** The articles that show a chart, newest first. */
export async function articlesUsing(chartId: string): Promise<CollectionEntry<'articles'>[]> {
	const articles = await getCollection('articles', (entry) => entry.data.charts.includes(chartId));
	return articles.sort((a, b) => b.data.published.getTime() - a.data.published.getTime());
}

/** Every article, the lead first, then newest first; throws if there is none, since the front page needs one. */
export async function articlesLeadFirst(): Promise<[CollectionEntry<'articles'>, ...CollectionEntry<'articles'>[]]> {
	const articles = (await getCollection('articles')).sort(
		(a, b) => Number(b.data.lead) - Number(a.data.lead) || b.data.published.getTime() - a.data.published.getTime()
	);
	const [lead, ...rest] = articles;
	if (!lead) throw new Error('content/articles/ holds no article for the front page');
	return [lead, ...rest];
}
