import { z } from 'astro/zod';

/** What kind of evidence a source gives: the site says which, beside every number. */
export const SOURCE_KINDS = ['official-statistic', 'claim', 'estimate', 'press-report'] as const;

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDateSchema = z
	.string()
	.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const SourceSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
	publisher: z.string().min(1),
	title: z.string().min(1),
	url: z.url({ protocol: /^https?$/, error: (issue) => (issue.input === undefined ? 'is required' : 'must be an http(s) URL') }),
	date: PartialDateSchema,
	kind: z.enum(SOURCE_KINDS),
	/** Who is speaking, where the publisher only relays them (an interested party, an analyst). */
	speaker: z.string().min(1).optional(),
	note: z.string().min(1).optional(),
});

export type Source = z.output<typeof SourceSchema>;
export type SourceKind = Source['kind'];
