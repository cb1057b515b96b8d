import { defineChart, defineDraw, intervalX, ruleX, text, type Figure } from '../plot/index.ts';
import { isNarrow } from '../plot/sizes.ts';
import { describeEventTime, eventInstant, localTime, zoneOffset } from '../data/event-time.ts';
import { requireRow } from '../data/dataset-map.ts';
import { januaryTimelineWords } from '../locale/en/january-timeline.ts';
import { januaryTimelineWords as januaryTimelineWordsRu } from '../locale/ru/january-timeline.ts';
import { januaryTimelineWords as januaryTimelineWordsKk } from '../locale/kk/january-timeline.ts';

/** The height of a row's strip of bands and rules, in pixels; the labels stack below it. */
const STRIP = 16;

/** The rows of the timeline, and the events each shows: spans as bands, instants as rules. */
const ROWS = {
	internet: ['internet-shutdown', 'internet-partly-back'],
	miners: ['nabdc-cut-start', 'cutoff-memo', 'cutoff', 'cutoff-extended'],
	grid: ['blackout-start', 'kegoc-not-miners'],
} as const;
type Row = keyof typeof ROWS;

/** An event as drawn: from and to (UTC ms, equal for an instant), its row, the label beside it and its tooltip. */
export interface TimelineEvent extends Figure {
	id: string;
	row: Row;
	from: number;
	to: number;
	tag: string;
	/** The start as `<time datetime>` takes it, and as a reader where it happened tells it. */
	datetime: string;
	when: string;
	/** What happened, and who says so. */
	what: string;
	claimant: string;
}

export interface JanuaryTimelineData {
	/** The axis: the first of January to the end of the last event, UTC, read on Almaty's clock. */
	domain: [number, number];
	offsetHours: number;
	rows: Readonly<Record<Row, string>>;
	spans: readonly TimelineEvent[];
	instants: readonly TimelineEvent[];
	/** Each event's local day, its year left out ("24 January", "24 января", "24 қаңтар"), for the words that name it. */
	days: Readonly<Record<string, string>>;
}

export const draw = defineDraw({
	aspect: (width) => (isNarrow(width) ? 1.1 : 0.5),
	views: {
		timeline: (data: JanuaryTimelineData, { narrow }) => {
			const contract = {
				title: (e: TimelineEvent) => e.label,
				value: (e: TimelineEvent) => e.from,
				fact: (e: TimelineEvent) => e.fact,
				measure: { unit: 'time' } as const,
			};
			return {
				x: { type: 'utc', domain: data.domain, offsetHours: data.offsetHours, ticks: narrow ? 4 : 6, inset: 4 },
				y: { type: 'band', label: (row) => data.rows[row as Row] ?? row, maxLines: 1 },
				marks: [
					intervalX(data.spans, {
						...contract,
						x1: (e) => e.from,
						x2: (e) => e.to,
						key: (e) => e.row,
						color: (e) => e.color ?? 'secondary',
						maxSize: STRIP,
					}),
					ruleX(data.instants, {
						...contract,
						at: (e) => e.from,
						key: (e) => e.row,
						color: (e) => e.color ?? 'primary',
						strokeWidth: 3,
						maxSize: STRIP,
					}),
					text([...data.spans, ...data.instants], {
						x: (e) => e.from,
						y: (e) => e.row,
						text: (e) => e.tag,
						dy: STRIP + 15,
						dodge: true,
						bandTop: true,
					}),
				],
			};
		},
	},
});

export const januaryTimeline = /* @__PURE__ */ defineChart({
	id: 'january-timeline',
	subject: 'january',
	words: { en: januaryTimelineWords, ru: januaryTimelineWordsRu, kk: januaryTimelineWordsKk },
	datasets: { 'january-2022': 'events' },
	derived: [],
	draw,
	list: (d) =>
		[...d.spans, ...d.instants].sort((a, b) => a.from - b.from).map((e) => ({ datetime: e.datetime, when: e.when, text: e.what })),
	select: (datasets, { format, words }): JanuaryTimelineData => {
		const rows = datasets['january-2022'].rows;
		const events = Object.entries(ROWS).flatMap(([row, ids]) =>
			ids.map((id): TimelineEvent => {
				const e = requireRow(rows, id, 'january-2022');
				const [from, to] = [eventInstant(e.start, e.timeZone), eventInstant(e.end ?? e.start, e.timeZone, e.end ? 'end' : 'start')];
				const offset = zoneOffset(e.timeZone, from) / 36e5;
				const day = format.dayMonth(from, offset);
				const when = describeEventTime(e, format);
				return {
					id,
					row: row as Row,
					from,
					to,
					value: from,
					fact: `january-2022/${id}`,
					label: words.label(e.label, when, e.claimant),
					tag: words.tag(id, day),
					datetime: e.start.includes('T') ? e.start.replace('Z', ':00Z') : e.start,
					when,
					what: e.label,
					claimant: e.claimant,
					color: words.colors[id],
				};
			})
		);
		const last = Math.max(...events.map((e) => e.to));
		const first = Math.min(...events.map((e) => e.from));
		const month = new Date(first);
		return {
			domain: [eventInstant(`${month.getUTCFullYear()}-${String(month.getUTCMonth() + 1).padStart(2, '0')}-01`, 'Asia/Almaty'), last],
			offsetHours: zoneOffset('Asia/Almaty', first) / 36e5,
			rows: words.rows,
			spans: events.filter((e) => e.to > e.from + 864e5 / 2),
			instants: events.filter((e) => e.to <= e.from + 864e5 / 2),
			days: Object.fromEntries(rows.map((e) => [e.id, format.day(localTime(e.start, e.timeZone).date)])),
		};
	},
});
