import { barX, defineChart, defineDraw, FIGURE, FIGURE_ROWS, intervalX, ruleX, text, type Figure } from '../plot/index.ts';
import { isNarrow } from '../plot/sizes.ts';
import { describeEventTime, eventInstant, zoneOffset } from '../data/event-time.ts';
import { requireRow } from '../data/dataset-map.ts';
import { formatQuantity, quantityOfRow } from '../data/quantity.ts';
import { blackoutWords } from '../locale/en/blackout-25-january.ts';
import { blackoutWords as blackoutWordsRu } from '../locale/ru/blackout-25-january.ts';
import { blackoutWords as blackoutWordsKk } from '../locale/kk/blackout-25-january.ts';

/** The day's events by where they happened: the southern zone's, then Uzbekistan's (told in Tashkent time). */
const ROWS = {
	south: ['blackout-start', 'almaty-hub-resync', 'kyzylorda-restored', 'almaty-restored', 'south-restored'],
	uzbekistan: ['uzbek-outage-start'],
} as const;
/** The span the southern zone was cut off: from the first event to the last, both sourced. */
const ISLANDED = ['blackout-start', 'south-restored'] as const;
/** Load shed or lost by country, as KEGOC gave it. */
const SHED = ['kz-shed', 'uz-shed', 'kg-shed'] as const;
const STRIP = 16;
type Row = keyof typeof ROWS;

export interface DayEvent extends Figure {
	id: string;
	row: Row;
	at: number;
	tag: string;
	when: string;
	/** Its time on Almaty's clock ("13:39"). */
	clock: string;
	datetime: string;
	/** What happened, and who says so. */
	what: string;
	claimant: string;
}

export interface BlackoutData {
	domain: [number, number];
	rows: Readonly<Record<Row, string>>;
	events: readonly DayEvent[];
	/** The southern zone's cut-off: from and to (UTC ms), the same as Almaty's clock read them, and its tag. */
	islanded: { start: number; end: number; from: string; to: string; tag: string };
	/** How far Almaty's and Tashkent's clocks were ahead of UTC that day, in hours (from Intl's time-zone data). */
	offsets: { almaty: number; tashkent: number };
	shed: readonly (Figure & { id: string; row: string; text: string })[];
	first: string;
	note: string;
}

export const draw = defineDraw({
	aspect: (width) => (isNarrow(width) ? 1 : 0.5),
	views: {
		hours: (data: BlackoutData, { narrow }) => ({
			x: { type: 'utc', domain: data.domain, offsetHours: data.offsets.almaty, ticks: narrow ? 3 : 6, inset: 4 },
			y: { type: 'band', label: (row) => data.rows[row as Row] ?? row, maxLines: 1 },
			note: data.note,
			marks: [
				intervalX([data.islanded], { x1: (s) => s.start, x2: (s) => s.end, key: () => 'south', color: 'grid', maxSize: STRIP }),
				ruleX(data.events, {
					...FIGURE,
					value: (e) => e.at,
					at: (e) => e.at,
					key: (e) => e.row,
					strokeWidth: 3,
					maxSize: STRIP,
					measure: { unit: 'time' },
				}),
				text([...data.events, { at: data.islanded.start, row: 'south' as Row, tag: data.islanded.tag }], {
					x: (e) => e.at,
					y: (e) => e.row,
					text: (e) => e.tag,
					dy: STRIP + 15,
					dodge: true,
					bandTop: true,
				}),
			],
		}),
		shed: (data: BlackoutData) => ({
			x: { zero: true, axis: false },
			y: { type: 'band', maxLines: 2 },
			note: data.first,
			marks: [barX(data.shed, { ...FIGURE, ...FIGURE_ROWS, measure: { unit: 'MW' }, maxSize: 24 })],
		}),
	},
});

export const blackout25January = /* @__PURE__ */ defineChart({
	id: 'blackout-25-january',
	subject: 'january',
	words: { en: blackoutWords, ru: blackoutWordsRu, kk: blackoutWordsKk },
	datasets: { 'january-2022': 'events', blackout: 'estimates' },
	derived: [],
	draw,
	list: (d) => d.events.map((e) => ({ datetime: e.datetime, when: e.when, text: e.what })),
	select: (datasets, { format, words }): BlackoutData => {
		const rows = datasets['january-2022'].rows;
		const event = (id: string) => requireRow(rows, id, 'january-2022');
		const day = eventInstant(event(ISLANDED[0]).start, 'Asia/Almaty');
		const offsets = { almaty: zoneOffset('Asia/Almaty', day) / 36e5, tashkent: zoneOffset('Asia/Tashkent', day) / 36e5 };
		const clock = (at: number) => format.clock(at, offsets.almaty);
		const events = Object.entries(ROWS).flatMap(([row, ids]) =>
			ids.map((id): DayEvent => {
				const e = event(id);
				const at = eventInstant(e.start, e.timeZone);
				const when = describeEventTime(e, format);
				const local = e.timeZone === 'Asia/Tashkent' ? format.clock(at, offsets.tashkent) : undefined;
				const tag = words.tag(id, local);
				return {
					id,
					row: row as Row,
					at,
					value: at,
					fact: `january-2022/${id}`,
					label: words.label(e.label, when, e.claimant),
					tag: `${e.qualifier ? format.words.eventHedge[e.qualifier](clock(at)) : clock(at)} ${tag}`,
					when,
					clock: clock(at),
					what: e.label,
					claimant: e.claimant,
					datetime: e.start.replace('Z', ':00Z'),
					color: id === 'uzbek-outage-start' ? 'secondary' : 'primary',
				};
			})
		);
		const [from, to] = ISLANDED.map((id) => eventInstant(event(id).start, 'Asia/Almaty')) as [number, number];
		// The end as its source words it ("by 16:00"): a limit, not a measured time.
		const qualifier = event(ISLANDED[1]).qualifier;
		const end = qualifier ? format.words.eventHedge[qualifier](clock(to)) : clock(to);
		const hour = 36e5;
		const shed = SHED.map((id) => {
			const row = requireRow(datasets.blackout.rows, id, 'blackout');
			const text = formatQuantity(quantityOfRow(row), format);
			return {
				id,
				value: row.value,
				text,
				fact: `blackout/${id}`,
				row: words.countries[id] ?? row.label,
				label: words.shedLabel(row.label, text, row.claimant),
				color: 'secondary' as const,
			};
		});
		const first = requireRow(datasets.blackout.rows, 'kz-shed-first', 'blackout');
		return {
			domain: [Math.floor(from / hour) * hour - hour / 2, Math.ceil(to / hour) * hour + hour / 2],
			rows: words.rows,
			events,
			islanded: {
				start: from,
				end: to,
				from: clock(from),
				to: end,
				tag: words.islandedTag,
			},
			offsets,
			shed,
			first: words.first(formatQuantity(quantityOfRow(first), format), first.claimant),
			note: words.note(end),
		};
	},
});
