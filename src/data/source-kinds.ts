import type { SourceKind } from '../schemas/source.ts';

/** How each kind of source is named beside it. */
export const KIND_LABELS: Record<SourceKind, string> = {
	'official-statistic': 'Official statistic',
	claim: 'Claim by an interested party',
	estimate: 'Estimate',
	'press-report': 'Press report',
};
