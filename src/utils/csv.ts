import type { Dataset } from '../schemas/dataset.ts';

const COLUMNS = [
	'dataset',
	'row',
	'label',
	'value',
	'value_max',
	'qualifier',
	'unit',
	'claimant',
	'kind',
	'date',
	'period_start',
	'period_end',
	'source_publisher',
	'source_title',
	'source_url',
	'source_date',
	'source_kind',
] as const;

/** One CSV field: quoted when needed; text that a spreadsheet would run as a formula is defused. */
export function csvField(value: string | number | undefined): string {
	if (value === undefined) return '';
	if (typeof value === 'number') return String(value);
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Every figure of the datasets, one per line, each with its source, as CSV (RFC 4180, CRLF line ends). */
export function datasetsToCsv(datasets: readonly Dataset[]): string {
	const lines: (string | number | undefined)[][] = [];
	for (const d of datasets) {
		for (const row of d.rows) {
			const source = d.sources.find((s) => s.id === row.source);
			const common = [source?.publisher, source?.title, source?.url, source?.date, source?.kind];
			if (!('id' in row)) {
				// A yearly or monthly series: its key is also its date.
				const key = 'year' in row ? String(row.year) : row.month;
				lines.push([
					d.id,
					key,
					d.title,
					row.value,
					undefined,
					undefined,
					d.unit,
					undefined,
					source?.kind,
					key,
					undefined,
					undefined,
					...common,
				]);
			} else
				lines.push([
					d.id,
					row.id,
					row.label,
					row.value,
					row.valueMax,
					row.qualifier,
					row.unit,
					row.claimant,
					row.kind,
					row.date,
					row.period?.start,
					row.period?.end,
					...common,
				]);
		}
	}
	return [COLUMNS, ...lines].map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}
