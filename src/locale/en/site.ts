import type { Subject } from '../../plot/define-chart.ts';

/** The headings of the index of charts, one per subject, in the order the index shows them. */
export const SUBJECT_WORDS: Readonly<Record<Subject, string>> = {
	january: 'January 2022, day by day',
	grid: 'The grid and its margin',
	miners: 'The miners',
};
