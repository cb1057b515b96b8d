// Every figure, time and date an article quotes, resolved from the datasets: `<Fact id="<dataset>/<row>" />`,
// `<Fact id="calc/<name>" />` for our arithmetic, and `<Fact id="january-2022/<event>" part="time" />` for times.

import type { DatasetMap } from './dataset-map.ts';
import { requireRow } from './dataset-map.ts';
import { EN, type Formatter } from '../locale/format.ts';
import type { Source, SourceKind } from '../schemas/source.ts';
import { CALCULATIONS, isCalculationId } from './derived.ts';
import { describeEventTime, formatEventPart, type EventPart } from './event-time.ts';
import { EXACT } from './hedge.ts';
import { formatQuantity, quantityOfRow, type Quantity } from './quantity.ts';

/** A figure, time or date quoted in the prose, formatted, with where it comes from. */
export interface Fact {
	id: string;
	text: string;
	/** What the figure is: the dataset row's label, or the event's. */
	label: string;
	/** For an event, its whole time with zone and UTC, for its note. */
	when?: string | undefined;
	/** The raw number, for figures; undefined for times and dates. */
	value: number | undefined;
	/** Who said it, or "Our calculation: …" and its inputs. */
	attribution: string;
	kind: SourceKind | 'calculation';
	calculated: boolean;
	/** The source it was read in; none for our calculations, which name their inputs instead. */
	source: Source | undefined;
}

/** How a fact is quoted: the figure (default), or the date, day or time it belongs to. */
export type FactPart = 'value' | 'date' | EventPart;

function fromQuantity(id: string, label: string, quantity: Quantity, source: Source | undefined, format: Formatter): Fact {
	return {
		id,
		label,
		text: formatQuantity(quantity, format),
		value: quantity.value,
		attribution: quantity.attribution,
		kind: quantity.kind,
		calculated: quantity.kind === 'calculation',
		source,
	};
}

/** Resolves a fact id in the datasets' language and the formatter's; throws, naming the id, if there is no such fact or part. */
export function resolveFact(datasets: DatasetMap, id: string, part: FactPart = 'value', format: Formatter = EN): Fact {
	const [scope, key, extra] = id.split('/');
	if (!scope || !key || extra !== undefined) throw new Error(`fact "${id}": expected "<dataset>/<row>" or "calc/<name>"`);
	try {
		return resolve(datasets, id, scope, key, part, format);
	} catch (error) {
		const message = (error as Error).message;
		throw new Error(message.startsWith(`fact "${id}"`) ? message : `fact "${id}": ${message}`, { cause: error });
	}
}

function resolve(datasets: DatasetMap, id: string, scope: string, key: string, part: FactPart, format: Formatter): Fact {
	if (scope === 'calc') {
		if (!isCalculationId(key)) throw new Error(`no calculation "${key}"`);
		if (part !== 'value') throw new Error(`a calculation has no ${part}`);
		return fromQuantity(id, format.words.kind.calculation, CALCULATIONS[key](datasets, format), undefined, format);
	}
	const dataset = datasets[scope];
	if (!dataset) throw new Error(`no dataset "${scope}"`);
	const sourceOf = (sourceId: string) => dataset.sources.find((s) => s.id === sourceId);
	if (dataset.shape === 'events') {
		const event = requireRow(dataset.rows, key, scope);
		const text = formatEventPart(event, part === 'value' ? 'date' : part, format);
		return {
			id,
			label: event.label,
			text,
			when: describeEventTime(event, format),
			value: undefined,
			attribution: event.claimant,
			kind: event.kind,
			calculated: false,
			source: sourceOf(event.source),
		};
	}
	if (dataset.shape === 'estimates') {
		const row = requireRow(dataset.rows, key, scope);
		if (part === 'date') {
			return {
				id,
				label: row.label,
				text: format.date(row.date),
				value: undefined,
				attribution: row.claimant,
				kind: row.kind,
				calculated: false,
				source: sourceOf(row.source),
			};
		}
		if (part !== 'value') throw new Error(`a figure has no ${part}`);
		return fromQuantity(id, row.label, quantityOfRow(row), sourceOf(row.source), format);
	}
	if (part !== 'value') throw new Error(`a series value has no ${part}`);
	const row = dataset.shape === 'annual' ? dataset.rows.find((r) => String(r.year) === key) : dataset.rows.find((r) => r.month === key);
	if (!row) throw new Error(`dataset "${scope}" has no row "${key}"`);
	const source = sourceOf(row.source);
	return fromQuantity(
		id,
		`${dataset.title}, ${key}`,
		{
			value: row.value,
			measure: { unit: dataset.unit },
			hedge: EXACT,
			attribution: source?.publisher ?? scope,
			kind: source?.kind ?? 'official-statistic',
		},
		source,
		format
	);
}

/** The fact ids an article quotes, each once, in the order they first appear. */
export function factIdsIn(mdx: string): string[] {
	return [...new Set([...mdx.matchAll(/<Fact\s+id="([^"]+)"/g)].map((m) => m[1] ?? ''))];
}

/** The id of a fact's note at the end of its article: "fact-mining-load--kegoc-increase". */
export function factNoteId(id: string): string {
	return `fact-${id.replace('/', '--')}`;
}
