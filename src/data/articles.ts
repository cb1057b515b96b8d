import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANG, LANGS, isLang, type Lang } from '../locale/lang.ts';

// Articles are written in English at content/articles/<slug>.mdx and translated at content/articles/<lang>/<slug>.mdx.
// Every article exists in every language, showing the same charts: a missing or diverging translation fails the build.

export type ArticleEntry = CollectionEntry<'articles'>;

/** An article's language and slug, from its entry id ("ru/kazakhstan-miners-blackout"). */
export function editionOf(entry: Pick<ArticleEntry, 'id'>): { lang: Lang; slug: string } {
	const [first = '', ...rest] = entry.id.split('/');
	return rest.length && isLang(first) ? { lang: first, slug: rest.join('/') } : { lang: DEFAULT_LANG, slug: entry.id };
}

/** An article's slug: the same in every language. */
export function slugOf(entry: Pick<ArticleEntry, 'id'>): string {
	return editionOf(entry).slug;
}

let checked: Promise<ArticleEntry[]> | undefined;

async function allArticles(): Promise<ArticleEntry[]> {
	checked ??= getCollection('articles').then((entries) => {
		const english = entries.filter((e) => editionOf(e).lang === DEFAULT_LANG);
		for (const lang of LANGS.filter((l) => l !== DEFAULT_LANG)) {
			for (const original of english) {
				const slug = slugOf(original);
				const translation = entries.find((e) => e.id === `${lang}/${slug}`);
				if (!translation) throw new Error(`content/articles/${lang}/${slug}.mdx: missing: every article needs its ${lang} translation`);
				if (translation.data.charts.join() !== original.data.charts.join()) {
					throw new Error(`content/articles/${lang}/${slug}.mdx: field "charts" must list the English article's charts, in order`);
				}
			}
		}
		for (const entry of entries) {
			const { lang, slug } = editionOf(entry);
			if (lang !== DEFAULT_LANG && !english.some((e) => e.id === slug)) {
				throw new Error(`content/articles/${entry.id}.mdx: no English article "${slug}" to translate`);
			}
		}
		return entries;
	});
	return checked;
}

/** Every article in a language. */
export async function articlesIn(lang: Lang): Promise<ArticleEntry[]> {
	return (await allArticles()).filter((entry) => editionOf(entry).lang === lang);
}

/** The articles in a language that show a chart, newest first. */
export async function articlesUsing(chartId: string, lang: Lang = DEFAULT_LANG): Promise<ArticleEntry[]> {
	const articles = (await articlesIn(lang)).filter((entry) => entry.data.charts.includes(chartId));
	return articles.sort((a, b) => b.data.published.getTime() - a.data.published.getTime());
}

/** Every article in a language, the lead first, then newest first; throws if there is none, since the front page needs one. */
export async function articlesLeadFirst(lang: Lang = DEFAULT_LANG): Promise<[ArticleEntry, ...ArticleEntry[]]> {
	const articles = (await articlesIn(lang)).sort(
		(a, b) => Number(b.data.lead) - Number(a.data.lead) || b.data.published.getTime() - a.data.published.getTime()
	);
	const [lead, ...rest] = articles;
	if (!lead) throw new Error('content/articles/ holds no article for the front page');
	return [lead, ...rest];
}
