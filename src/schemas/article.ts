import { z } from 'astro/zod';

export const ArticleSchema = z.strictObject({
	title: z.string().min(1),
	/** One or two sentences: the page description and the share text. */
	description: z.string().min(1).max(300),
	/** A short line above the title. */
	kicker: z.string().min(1),
	published: z.coerce.date(),
	updated: z.coerce.date().optional(),
	byline: z.string().min(1),
	/** Chart ids the article shows, in order; checked against the chart registry at build. */
	charts: z.array(z.string()).default([]),
	/** The article the front page leads with. */
	lead: z.boolean().default(false),
});

export type Article = z.output<typeof ArticleSchema>;
