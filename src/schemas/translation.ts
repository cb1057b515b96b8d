import { z } from 'astro/zod';

const Text = z.string().min(1);

/**
 * A dataset's text in another language: its title, description, credit, method and caveats, each row's label and
 * claimant, and the words of its sources that are ours (publisher's description, note, speaker). Figures, dates,
 * units, ids and the sources' titles and URLs are never translated: they come from the English file.
 */
export const DatasetTranslationSchema = z.strictObject({
	id: z.string().min(1),
	title: Text,
	description: Text,
	credit: Text.max(120),
	method: Text,
	caveats: z.array(Text),
	rows: z.record(z.string(), z.strictObject({ label: Text.optional(), claimant: Text.optional() })),
	sources: z.record(z.string(), z.strictObject({ publisher: Text.optional(), note: Text.optional(), speaker: Text.optional() })),
});

export type DatasetTranslation = z.output<typeof DatasetTranslationSchema>;
