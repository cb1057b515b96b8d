import { csvFormatRow } from 'd3-dsv';
import type { Dataset } from '../schemas/dataset.ts';
import { hedgeWords } from './hedge.ts';
import { DEFAULT_LANG, type Lang } from '../locale/lang.ts';
import { siteWordsFor } from '../locale/words.ts';
import { formatterFor } from '../locale/format.ts';
import { SITE } from '../site.ts';
import type { Quantity } from './quantity.ts';

/** A field's text: a number as it is; text a spreadsheet would run as a formula (starting = + - @ tab or CR) defused with an apostrophe. */
export function csvField(value: string | number | undefined): string {
	if (value === undefined) return '';
	if (typeof value === 'number') return String(value);
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV line: each field defused, then quoted by d3-dsv where RFC 4180 needs it (a quote, comma or line break). */
export function csvLine(fields: readonly (string | number | undefined)[]): string {
	return csvFormatRow(fields.map(csvField));
}

/** Twelve significant digits: every figure here keeps its precision, and float noise (105.75999999999999) goes. */
function significant(n: number): number {
	return Number(n.toPrecision(12));
}

/** Every figure of the datasets, one per line, each with its source, then our calculations marked as ours, as CSV (RFC 4180, CRLF line ends). */
export function datasetsToCsv(
	datasets: readonly Dataset[],
	calculations: readonly { id: string; quantity: Quantity }[] = [],
	lang: Lang = DEFAULT_LANG
): string {
	const words = formatterFor(lang).words;
	const lines: (string | number | undefined)[][] = [];
	for (const d of datasets) {
		for (const row of d.rows) {
			const source = d.sources.find((s) => s.id === row.source);
			const common = [source?.publisher, source?.title, source?.url, source?.date, source?.kind];
			if ('year' in row || 'month' in row) {
				// A yearly or monthly series: its key is also its date.
				const key = 'year' in row ? String(row.year) : row.month;
				const unit = d.shape === 'annual' || d.shape === 'monthly' ? d.unit : undefined;
				lines.push([
					d.id,
					key,
					d.title,
					row.value,
					undefined,
					undefined,
					unit,
					undefined,
					undefined,
					undefined,
					source?.kind,
					key,
					undefined,
					undefined,
					...common,
				]);
			} else if ('start' in row) {
				// An event: its times are UTC (or a local day), in the period columns.
				lines.push([
					d.id,
					row.id,
					row.label,
					undefined,
					undefined,
					row.qualifier,
					'time (UTC)',
					undefined,
					undefined,
					row.claimant,
					row.kind,
					row.start,
					row.start,
					row.end,
					...common,
				]);
			} else {
				lines.push([
					d.id,
					row.id,
					row.label,
					row.value,
					row.valueMax,
					row.qualifier,
					row.unit,
					row.basis,
					row.coverage,
					row.claimant,
					row.kind,
					row.date,
					row.period?.start,
					row.period?.end,
					...common,
				]);
			}
		}
	}
	for (const { id, quantity: q } of calculations) {
		const basis = q.measure.unit === '%' ? q.measure.basis : undefined;
		lines.push([
			'our-calculation',
			id,
			q.attribution,
			significant(q.value),
			q.valueMax === undefined ? undefined : significant(q.valueMax),
			hedgeWords(q.hedge, words) || undefined,
			q.measure.unit,
			basis,
			q.coverage,
			SITE.name,
			words.kind.calculation,
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
		]);
	}
	// d3-dsv ends lines with LF; RFC 4180 (and Excel) want CRLF, so lines are joined here.
	return [siteWordsFor(lang).csvColumns, ...lines].map(csvLine).join('\r\n') + '\r\n';
}
