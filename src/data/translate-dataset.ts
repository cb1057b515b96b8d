import type { Dataset } from '../schemas/dataset.ts';
import { DatasetTranslationSchema, type DatasetTranslation } from '../schemas/translation.ts';
import { DatasetError } from '../schemas/parse-dataset.ts';
import { formatIssues } from '../schemas/issues.ts';

// A dataset in another language: the English file's figures, dates and sources, with the translation's words.
// A translation must say everything the English says, no more: a missing caveat, row or source, or one the English
// does not have, fails the build naming the file and the field.

/** Parses a translation file and checks it against its English dataset; throws a DatasetError naming the file and fields. */
export function parseTranslation(text: string, file: string, english: Dataset): DatasetTranslation {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new DatasetError(`${file}: malformed JSON: ${(error as Error).message}`);
	}
	const result = DatasetTranslationSchema.safeParse(json);
	if (!result.success) throw new DatasetError(`${file}: invalid translation\n${formatIssues(result.error.issues)}`);
	const translation = result.data;
	const problems = [...mismatches(translation, english)];
	if (problems.length) throw new DatasetError(`${file}: does not match ${english.id}.json\n${problems.map((p) => `- ${p}`).join('\n')}`);
	return translation;
}

function* mismatches(t: DatasetTranslation, english: Dataset): Generator<string> {
	if (t.id !== english.id) yield `field "id": is "${t.id}" but the dataset is "${english.id}"`;
	if (t.caveats.length !== english.caveats.length) {
		yield `field "caveats": has ${t.caveats.length} but the English has ${english.caveats.length}`;
	}
	const rows = new Map<string, Record<string, unknown>>();
	for (const row of english.rows) if ('id' in row) rows.set(row.id, row);
	for (const [id, row] of rows) {
		const words = t.rows[id];
		if (!words) yield `field "rows.${id}": is missing`;
		else
			for (const key of ['label', 'claimant'] as const)
				if (key in row !== (words[key] !== undefined))
					yield `field "rows.${id}.${key}": ${key in row ? 'is missing' : 'is not in the English'}`;
	}
	for (const id of Object.keys(t.rows)) if (!rows.has(id)) yield `field "rows.${id}": no such row in the English`;
	const sources = new Map(english.sources.map((s) => [s.id, s]));
	for (const [id, source] of sources) {
		const words = t.sources[id];
		if (!words) yield `field "sources.${id}": is missing`;
		else
			for (const key of ['publisher', 'note', 'speaker'] as const) {
				if ((source[key] !== undefined) !== (words[key] !== undefined)) {
					yield `field "sources.${id}.${key}": ${source[key] !== undefined ? 'is missing' : 'is not in the English'}`;
				}
			}
	}
	for (const id of Object.keys(t.sources)) if (!sources.has(id)) yield `field "sources.${id}": no such source in the English`;
}

/** The English dataset with a translation's words in place of its own. */
export function translateDataset(english: Dataset, t: DatasetTranslation): Dataset {
	const rows = english.rows.map((row) => {
		if (!('id' in row)) return row;
		const words = t.rows[row.id] ?? {};
		return { ...row, ...(words.label && { label: words.label }), ...(words.claimant && { claimant: words.claimant }) };
	});
	const sources = english.sources.map((source) => ({ ...source, ...t.sources[source.id] }));
	// Rows keep their shape: only the words of rows that have them change.
	return {
		...english,
		title: t.title,
		description: t.description,
		credit: t.credit,
		method: t.method,
		caveats: t.caveats,
		sources,
		rows,
	} as Dataset;
}
