import type { z } from 'astro/zod';

// How a failed validation reads, for every file the build validates: pure functions, so a chart's browser module
// that imports them for its server half keeps none of the schemas.

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
