import { scaleLinear, type LinearScale } from './shared/scale.ts';
import { defineChart, requireDataset, requireRow, type ChartOptions, type DatasetMap } from './shared/define-chart.ts';
import { axisBottom } from './shared/axis.ts';
import { HOURS_PER_YEAR, mwToTwhPerYear, shareOf } from './shared/energy.ts';
import { fill, stroke, type SeriesColor } from './shared/palette.ts';
import { formatNumber, formatPercent, withQualifier } from './shared/format.ts';
import { markAttrs } from './shared/mark.ts';
import { isNarrow } from './shared/sizes.ts';
import { el, text } from './shared/svg.ts';
import { paletteFor, svgRoot } from './shared/frame.ts';
import { wrappedText, wrapLines } from './shared/wrap.ts';
import type { SourceKind } from '../schemas/source.ts';

const DEFAULTS = {
	/** The year whose demand the load estimates are set against. */
	demandYear: 2021,
	cells: 100,
	columns: 10,
	headline: 'nabdc-market-share',
	/** Load estimates (MW) turned into shares of demand; the ministry's two figures are summed. */
	loads: ['nabdc-grey', 'kegoc-increase'],
	ministryParts: ['ministry-grey', 'ministry-registered'],
} as const;

export type ShareKind = SourceKind | 'calculation';

export interface ShareFigure {
	id: string;
	label: string;
	value: number;
	qualifier: string | undefined;
	/** What it is a share of. */
	basis: string;
	claimant: string;
	kind: ShareKind;
}

export interface MiningShareData {
	headline: ShareFigure;
	/** Every figure, reported and calculated, sorted by value. */
	figures: readonly ShareFigure[];
	demandYear: number;
	demand: number;
}

const KIND_WORDS: Record<ShareKind, string> = {
	claim: 'claim',
	estimate: 'estimate',
	'official-statistic': 'official figure',
	'press-report': 'press report',
	calculation: 'our calculation',
};

const KIND_COLORS: Record<ShareKind, SeriesColor> = {
	claim: 'primary',
	estimate: 'secondary',
	'official-statistic': 'secondary',
	'press-report': 'secondary',
	calculation: 'derived',
};

function select(datasets: DatasetMap): MiningShareData {
	const shares = requireDataset(datasets, 'mining-share', 'estimates', 'mining-share');
	const load = requireDataset(datasets, 'mining-load', 'estimates', 'mining-share');
	const annual = requireDataset(datasets, 'grid-load', 'annual', 'mining-share');
	const demand = annual.rows.find((r) => r.year === DEFAULTS.demandYear)?.value;
	if (demand === undefined) throw new Error(`dataset "grid-load" needs the year ${DEFAULTS.demandYear}`);

	const reported: ShareFigure[] = shares.rows.map((r) => ({
		id: r.id,
		label: r.label,
		value: r.value,
		qualifier: r.qualifier,
		basis: r.unit.replace(/^%\s*/, ''),
		claimant: r.claimant,
		kind: r.kind,
	}));
	const fromLoad = (id: string, mw: number, claimant: string, qualifier: string | undefined): ShareFigure => ({
		id: `calc-${id}`,
		label: `${claimant}: ${withQualifier(`${formatNumber(mw, 0)} MW`, qualifier)} run all year`,
		value: shareOf(mwToTwhPerYear(mw), demand),
		qualifier,
		basis: `of ${DEFAULTS.demandYear} demand`,
		claimant,
		kind: 'calculation',
	});
	const calculated = DEFAULTS.loads.map((id) => {
		const row = requireRow(load.rows, id, 'mining-load');
		return fromLoad(id, row.value, shortClaimant(row.claimant), row.qualifier);
	});
	const parts = DEFAULTS.ministryParts.map((id) => requireRow(load.rows, id, 'mining-load'));
	calculated.push(
		fromLoad(
			'ministry-total',
			parts.reduce((sum, r) => sum + r.value, 0),
			'Energy Ministry, all miners',
			parts[0]?.qualifier
		)
	);

	return {
		headline: requireFigure(reported, DEFAULTS.headline),
		figures: [...reported, ...calculated].sort((a, b) => a.value - b.value || a.id.localeCompare(b.id)),
		demandYear: DEFAULTS.demandYear,
		demand,
	};
}

function requireFigure(figures: readonly ShareFigure[], id: string): ShareFigure {
	const figure = figures.find((f) => f.id === id);
	if (!figure) throw new Error(`dataset "mining-share" has no row "${id}"`);
	return figure;
}

/** "Alan Dorjiyev, president of NABDC, the miners' association" -> "NABDC"; others by their first clause. */
function shortClaimant(claimant: string): string {
	if (claimant.includes('NABDC')) return 'NABDC, miners';
	return claimant.split(',')[0] ?? claimant;
}

/** Row and column of each of the 100 cells, and whether it is filled. */
export function layoutWaffle(value: number, size: number): { x: number; y: number; size: number; filled: boolean }[] {
	const filled = Math.round(value);
	const gap = Math.max(1, Math.round(size / 80));
	const cell = (size - gap * (DEFAULTS.columns - 1)) / DEFAULTS.columns;
	return Array.from({ length: DEFAULTS.cells }, (_, i) => {
		// Fill from the bottom row up, left to right, as a glass fills.
		const row = DEFAULTS.columns - 1 - Math.floor(i / DEFAULTS.columns);
		const col = i % DEFAULTS.columns;
		return { x: col * (cell + gap), y: row * (cell + gap), size: cell, filled: i < filled };
	});
}

function renderWaffle(data: MiningShareData, options: ChartOptions): string {
	const palette = paletteFor(options);
	const narrow = isNarrow(options.width);
	const { width, height } = options;
	const h = data.headline;
	const size = narrow ? Math.min(width - 24, height * 0.56) : Math.min(height - 24, width * 0.46);
	const gx = narrow ? (width - size) / 2 : 8;
	const gy = 12;
	const cells = layoutWaffle(h.value, size).map((c) =>
		el('rect', {
			class: c.filled ? 'kz-cell kz-fill-primary' : 'kz-cell kz-cell-empty kz-stroke-muted',
			'data-filled': c.filled ? 'true' : 'false',
			x: gx + c.x,
			y: gy + c.y,
			width: c.size,
			height: c.size,
			fill: c.filled ? palette.primary : 'none',
			stroke: c.filled ? undefined : palette.muted,
			'stroke-width': c.filled ? undefined : 0.75,
		})
	);
	const tx = narrow ? 12 : gx + size + 24;
	const ty = narrow ? gy + size + 34 : gy + 40;
	const textWidth = narrow ? width - 24 : width - tx - 8;
	const headlineLabel = `${formatPercent(h.value)} ${h.basis}: ${h.claimant} (${KIND_WORDS[h.kind]})`;
	const others = data.figures.filter((f) => f.id !== h.id);
	const low = others[0];
	const high = others.at(-1);
	const claim = `of Kazakhstan's electricity market went to miners, says the miners' association (a claim).`;
	const claimLines = wrapLines(claim, textWidth, 12).length;
	return svgRoot(
		options,
		summary(data, 'waffle'),
		el('g', markAttrs(h.value, headlineLabel), ...cells) +
			text({ x: tx, y: ty, 'font-size': narrow ? 28 : 36, 'font-weight': 700, ...fill(palette, 'primary') }, formatPercent(h.value)) +
			wrappedText({ x: tx, y: ty + 22, ...fill(palette, 'text') }, claim, textWidth) +
			(low && high
				? wrappedText(
						{ x: tx, y: ty + 22 + claimLines * 15 + 10, ...fill(palette, 'muted') },
						`Other figures run from ${formatPercent(low.value)} to ${formatPercent(high.value)}: switch to “All the estimates”.`,
						textWidth
					)
				: '')
	);
}

export interface EstimatesLayout {
	x: LinearScale;
	ticks: number[];
	rowHeight: number;
	top: number;
	left: number;
	right: number;
}

/** The share scale and row positions for the estimates view. */
export function layoutEstimates(data: MiningShareData, options: Pick<ChartOptions, 'width' | 'height'>): EstimatesLayout {
	const narrow = isNarrow(options.width);
	const top = 8;
	const bottom = options.height - 24;
	const left = 8;
	const right = options.width - (narrow ? 48 : 56);
	const maxValue = Math.max(...data.figures.map((f) => f.value));
	const x = scaleLinear([0, maxValue], [left, right], 4);
	return { x, ticks: x.ticks(narrow ? 3 : 5), rowHeight: (bottom - top) / data.figures.length, top, left, right };
}

function renderEstimates(data: MiningShareData, options: ChartOptions): string {
	const palette = paletteFor(options);
	const { x, ticks, rowHeight, top, left } = layoutEstimates(data, options);
	const labelWidth = options.width - 16;
	const rows = data.figures.map((f, i) => {
		const y0 = top + i * rowHeight;
		const color = KIND_COLORS[f.kind];
		const label = `${f.claimant}: ${f.label} (${KIND_WORDS[f.kind]})`;
		const words =
			f.kind === 'calculation'
				? `${f.label}, as a share ${f.basis} (${KIND_WORDS[f.kind]})`
				: `${shortClaimant(f.claimant)}: share ${f.basis} (${KIND_WORDS[f.kind]})`;
		const lines = wrapLines(words, labelWidth, 12).slice(0, 2);
		const barY = y0 + 4 + lines.length * 15;
		const barH = Math.max(8, Math.min(14, rowHeight - 12 - lines.length * 15));
		const derived = f.kind === 'calculation';
		return el(
			'g',
			{ class: 'kz-row' },
			...lines.map((l, j) => text({ x: left, y: y0 + 12 + j * 15, ...fill(palette, 'text') }, l)),
			el('rect', {
				...markAttrs(f.value, `${label}: ${withQualifier(formatPercent(f.value), f.qualifier)}`, fill(palette, color)),
				...(derived
					? { 'fill-opacity': 0.35, ...stroke(palette, 'derived'), 'stroke-dasharray': '3 2', class: 'kz-mark kz-fill-derived kz-derived' }
					: {}),
				x: left,
				y: barY,
				width: Math.max(1, x(f.value) - left),
				height: barH,
			}),
			text({ x: x(f.value) + 5, y: barY + barH - 2, 'font-weight': 600, ...fill(palette, 'text') }, formatPercent(f.value))
		);
	});
	return svgRoot(
		options,
		summary(data, 'estimates'),
		axisBottom(x, { ticks, format: (v) => `${v}%`, palette, y: options.height - 6 }) + el('g', { class: 'kz-marks' }, ...rows)
	);
}

function summary(data: MiningShareData, view: string): string {
	const h = data.headline;
	const low = data.figures[0];
	const high = data.figures.at(-1);
	const range = low && high ? ` Other figures run from ${formatPercent(low.value)} to ${formatPercent(high.value)}.` : '';
	if (view === 'estimates') {
		return `Bar chart of ${data.figures.length} figures for mining's share of Kazakhstan's electricity, reported and calculated, from ${formatPercent(low?.value ?? 0)} to ${formatPercent(high?.value ?? 0)}.`;
	}
	return `Waffle chart of 100 squares, ${Math.round(h.value)} filled: miners' ${formatPercent(h.value)} share of the Kazakh electricity market, a claim by the miners' association.${range}`;
}

export const miningShare = defineChart<MiningShareData>({
	id: 'mining-share',
	title: 'How much of Kazakhstan’s power did miners use? It depends who is counting',
	datasets: ['mining-share', 'mining-load', 'grid-load'],
	views: [
		{ id: 'waffle', label: 'The miners’ claim' },
		{ id: 'estimates', label: 'All the estimates' },
	],
	aspect: (width) => (isNarrow(width) ? 1.25 : 0.62),
	select,
	takeaway: (data) => {
		const low = data.figures[0];
		const high = data.figures.at(-1);
		return `The miners' association says ${formatPercent(data.headline.value)}; other figures, reported and calculated, run from ${formatPercent(low?.value ?? 0)} to ${formatPercent(high?.value ?? 0)}.`;
	},
	summary,
	table: (data) => ({
		columns: ['Who', 'Figure', 'Share of', 'Kind'],
		rows: data.figures.map((f) => [f.claimant, withQualifier(formatPercent(f.value), f.qualifier), f.basis, KIND_WORDS[f.kind]]),
	}),
	notes: (data) => [
		{
			text: `Our calculation: a load in megawatts, run all year (× ${formatNumber(HOURS_PER_YEAR, 0)} hours), as a share of ${data.demandYear} demand of ${formatNumber(data.demand, 2)} TWh. The figures measure different things: a share of the market, of consumption, or of generating capacity.`,
		},
	],
	render: (data, options) => (options.view === 'estimates' ? renderEstimates(data, options) : renderWaffle(data, options)),
});
