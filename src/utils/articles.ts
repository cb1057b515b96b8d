import { getCollection, type CollectionEntry } from 'astro:content';

/** The articles that show a chart, newest first. */
export async function articlesUsing(chartId: string): Promise<CollectionEntry<'articles'>[]> {
	const articles = await getCollection('articles', (entry) => entry.data.charts.includes(chartId));
	return articles.sort((a, b) => b.data.published.getTime() - a.data.published.getTime());
}
