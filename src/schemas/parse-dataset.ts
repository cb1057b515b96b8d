import type { z } from 'astro/zod';
import { DatasetSchema, type Dataset } from './dataset.ts';

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

/** One line per issue: `- field "rows[3].value": message`. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
	return issues.map((issue) => `- field "${formatPath(issue.path)}": ${describe(issue)}`).join('\n');
}

function formatPath(path: readonly PropertyKey[]): string {
	if (path.length === 0) return '(root)';
	return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

function describe(issue: z.core.$ZodIssue): string {
	if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) return 'is required';
	return issue.message;
}
