// The articles, read from their MDX frontmatter: tests take the charts an article shows from its `charts:`.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ArticleSchema } from '../../src/schemas/article.ts';
import { CHART_IDS, type ChartId } from './registry.ts';

const ARTICLES_DIR = fileURLToPath(new URL('../../content/articles/', import.meta.url));

export interface ArticleInfo {
	/** The file name without `.mdx`: the URL slug. */
	slug: string;
	path: string;
	title: string;
	/** The chart ids of its frontmatter, in order. */
	charts: ChartId[];
	lead: boolean;
	/** The MDX source. */
	mdx: string;
}

function isChartId(id: string): id is ChartId {
	return (CHART_IDS as readonly string[]).includes(id);
}

function readArticle(file: string): ArticleInfo {
	const mdx = readFileSync(ARTICLES_DIR + file, 'utf8');
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(mdx)?.[1];
	if (frontmatter === undefined) throw new Error(`content/articles/${file}: no frontmatter`);
	const data = ArticleSchema.parse(parse(frontmatter));
	const unknown = data.charts.filter((id) => !isChartId(id));
	if (unknown.length) throw new Error(`content/articles/${file}: unknown chart ids ${unknown.join(', ')}`);
	const slug = file.replace(/\.mdx$/, '');
	return { slug, path: `/${slug}/`, title: data.title, charts: data.charts.filter(isChartId), lead: data.lead, mdx };
}

/** Every article, in file-name order. */
export const ARTICLES: readonly ArticleInfo[] = readdirSync(ARTICLES_DIR)
	.filter((f) => f.endsWith('.mdx'))
	.sort()
	.map(readArticle);

/** The article the front page leads with (`lead: true`), else the first. */
export const LEAD_ARTICLE: ArticleInfo = (() => {
	const lead = ARTICLES.find((a) => a.lead) ?? ARTICLES[0];
	if (!lead) throw new Error('content/articles/ has no article');
	return lead;
})();
