import { DatasetSchema, type Dataset } from './dataset.ts';
import { formatIssues } from './issues.ts';

/** A dataset file that cannot be published: its message names the file and every bad field. */
export class DatasetError extends Error {
	override name = 'DatasetError';
}

/** Parses and validates one dataset file's text; throws a DatasetError naming the file and fields. */
export function parseDataset(text: string, file: string): Dataset {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new DatasetError(`${file}: malformed JSON: ${(error as Error).message}`);
	}
	const result = DatasetSchema.safeParse(json);
	if (!result.success) {
		throw new DatasetError(`${file}: invalid dataset\n${formatIssues(result.error.issues)}`);
	}
	const expectedId = file.replace(/^.*\//, '').replace(/\.json$/, '');
	if (result.data.id !== expectedId) {
		throw new DatasetError(`${file}: field "id" is "${result.data.id}" but the file name says "${expectedId}"`);
	}
	return result.data;
}
