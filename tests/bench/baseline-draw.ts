// The baseline: the same three charts built the common way. The page loads the whole d3 bundle, fetches
// each chart's JSON, and draws with d3's DOM API in the browser. Nothing is in the HTML before this runs.
// Served to the benchmark only, compiled from this file; it never ships with the site.

type AnnualRow = { year: number; value: number };
type EstimateRow = { id: string; value: number };
type Row = Record<string, unknown>;
interface DataFile {
	datasets: { id: string; rows: Row[] }[];
}

/** The global UMD bundle, as a typical page uses it. */
declare const d3: typeof import('d3');

async function draw(container: HTMLElement): Promise<void> {
	const id = container.dataset['chart'] ?? '';
	const data = (await (await fetch(`/data/${id}.json`)).json()) as DataFile;
	const width = container.clientWidth;
	const height = Math.round(width * 0.6);
	const svg = d3.select(container).append('svg').attr('width', width).attr('height', height).attr('role', 'img').attr('aria-label', id);
	const tip = d3.select(container).append('div').attr('role', 'tooltip').style('position', 'absolute').style('display', 'none');
	const show = (event: MouseEvent, d: { value: number }) =>
		tip.style('display', 'block').text(String(d.value)).style('left', `${event.offsetX}px`).style('top', `${event.offsetY}px`);
	const rows = data.datasets[0]?.rows ?? [];
	if (id === 'grid-load') {
		const annual = rows.filter((r): r is AnnualRow => 'year' in r);
		const x = d3
			.scaleLinear()
			.domain(d3.extent(annual, (d) => d.year) as [number, number])
			.range([30, width - 10]);
		const y = d3
			.scaleLinear()
			.domain([0, d3.max(annual, (d) => d.value) ?? 1])
			.nice()
			.range([height - 20, 10]);
		svg
			.append('g')
			.attr('transform', `translate(0,${height - 20})`)
			.call(d3.axisBottom(x).tickFormat(d3.format('d')));
		svg.append('g').attr('transform', 'translate(30,0)').call(d3.axisLeft(y));
		const line = d3
			.line<AnnualRow>()
			.x((d) => x(d.year))
			.y((d) => y(d.value));
		svg
			.append('path')
			.attr('fill', 'none')
			.attr('stroke', '#b04a12')
			.attr('d', line(annual) ?? '');
		svg
			.selectAll('circle')
			.data(annual)
			.join('circle')
			.attr('data-value', (d) => d.value)
			.attr('cx', (d) => x(d.year))
			.attr('cy', (d) => y(d.value))
			.attr('r', 3)
			.attr('fill', '#b04a12')
			.on('mousemove', show);
	} else {
		const estimates = rows.filter((r): r is EstimateRow => 'id' in r);
		if (id === 'mining-share') {
			const share = estimates.find((r) => r.id === 'nabdc-market-share')?.value ?? 0;
			const cell = Math.min(width, height) / 10;
			svg
				.selectAll('rect')
				.data(d3.range(100))
				.join('rect')
				.attr('data-value', (i) => (i < share ? 1 : 0))
				.attr('x', (i) => (i % 10) * cell)
				.attr('y', (i) => Math.floor(i / 10) * cell)
				.attr('width', cell - 2)
				.attr('height', cell - 2)
				.attr('fill', (i) => (i < share ? '#b04a12' : '#ddd'));
		} else {
			// The losses chart's daily figures; for any other chart, every figure of its datasets (an event's time where it has no value).
			const all = data.datasets.flatMap((d) => d.rows);
			const text = (v: unknown, fallback: string) => (typeof v === 'string' || typeof v === 'number' ? String(v) : fallback);
			const figures = all.map((r, i) => ({
				id: text(r['id'] ?? r['year'] ?? r['month'], String(i)),
				value: typeof r['value'] === 'number' ? r['value'] : Date.parse(text(r['start'], '')),
			}));
			const perDay =
				id === 'mining-losses' ? estimates.filter((d) => d.id.endsWith('per-day')) : figures.filter((f) => Number.isFinite(f.value));
			const x = d3
				.scaleLinear()
				// Some series run below zero (net imports): bars grow from zero either way.
				.domain([Math.min(0, d3.min(perDay, (d) => d.value) ?? 0), Math.max(1, d3.max(perDay, (d) => d.value) ?? 1)])
				.range([0, width - 60]);
			const y = d3
				.scaleBand()
				.domain(perDay.map((d) => d.id))
				.range([10, height - 10])
				.padding(0.3);
			svg
				.selectAll('rect')
				.data(perDay)
				.join('rect')
				.attr('data-value', (d) => d.value)
				.attr('y', (d) => y(d.id) ?? 0)
				.attr('height', y.bandwidth())
				.attr('x', (d) => Math.min(x(0), x(d.value)))
				.attr('width', (d) => Math.abs(x(d.value) - x(0)))
				.attr('fill', '#2c5f8a')
				.on('mousemove', show);
		}
	}
}

void Promise.all([...document.querySelectorAll<HTMLElement>('.baseline-chart')].map(draw)).then(() => {
	(window as unknown as { chartsDrawnAt: number }).chartsDrawnAt = performance.now();
});

export {};
