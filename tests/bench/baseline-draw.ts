// The baseline: the same three charts built the common way. The page loads the whole d3 bundle, fetches
// each chart's JSON, and draws with d3's DOM API in the browser. Nothing is in the HTML before this runs.
// Served to the benchmark only, compiled from this file; it never ships with the site.

interface Row {
	year?: number;
	id?: string;
	value: number;
}
interface DataFile {
	datasets: { id: string; rows: Row[] }[];
}
declare const d3: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- the global UMD bundle, as a typical page uses it

const BASE = document.documentElement.dataset['base'] ?? '/';

async function draw(container: HTMLElement): Promise<void> {
	const id = container.dataset['chart'] ?? '';
	const data = (await (await fetch(`${BASE}data/${id}.json`)).json()) as DataFile;
	const width = container.clientWidth;
	const height = Math.round(width * 0.6);
	const svg = d3.select(container).append('svg').attr('width', width).attr('height', height).attr('role', 'img').attr('aria-label', id);
	const tip = d3.select(container).append('div').attr('role', 'tooltip').style('position', 'absolute').style('display', 'none');
	const show = (event: MouseEvent, d: Row) =>
		tip.style('display', 'block').text(String(d.value)).style('left', `${event.offsetX}px`).style('top', `${event.offsetY}px`);
	const rows = data.datasets[0]?.rows ?? [];
	if (id === 'grid-load') {
		const x = d3
			.scaleLinear()
			.domain(d3.extent(rows, (d: Row) => d.year))
			.range([30, width - 10]);
		const y = d3
			.scaleLinear()
			.domain([0, d3.max(rows, (d: Row) => d.value)])
			.nice()
			.range([height - 20, 10]);
		svg
			.append('g')
			.attr('transform', `translate(0,${height - 20})`)
			.call(d3.axisBottom(x).tickFormat(d3.format('d')));
		svg.append('g').attr('transform', 'translate(30,0)').call(d3.axisLeft(y));
		svg
			.append('path')
			.datum(rows)
			.attr('fill', 'none')
			.attr('stroke', '#b04a12')
			.attr(
				'd',
				d3
					.line()
					.x((d: Row) => x(d.year))
					.y((d: Row) => y(d.value))
			);
		svg
			.selectAll('circle')
			.data(rows)
			.join('circle')
			.attr('data-value', (d: Row) => d.value)
			.attr('cx', (d: Row) => x(d.year))
			.attr('cy', (d: Row) => y(d.value))
			.attr('r', 3)
			.attr('fill', '#b04a12')
			.on('mousemove', show);
	} else if (id === 'mining-share') {
		const share = rows.find((r) => r.id === 'nabdc-market-share')?.value ?? 0;
		const cell = Math.min(width, height) / 10;
		svg
			.selectAll('rect')
			.data(d3.range(100))
			.join('rect')
			.attr('x', (i: number) => (i % 10) * cell)
			.attr('y', (i: number) => Math.floor(i / 10) * cell)
			.attr('width', cell - 2)
			.attr('height', cell - 2)
			.attr('data-value', (i: number) => (i < share ? 1 : 0))
			.attr('fill', (i: number) => (i < share ? '#b04a12' : '#ddd'));
	} else {
		const perDay = rows.filter((r) => r.id?.endsWith('per-day'));
		const x = d3
			.scaleLinear()
			.domain([0, d3.max(perDay, (d: Row) => d.value)])
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
			.attr('data-value', (d: Row) => d.value)
			.attr('y', (d: Row) => y(d.id))
			.attr('height', y.bandwidth())
			.attr('width', (d: Row) => x(d.value))
			.attr('fill', '#2c5f8a')
			.on('mousemove', show);
	}
}

void Promise.all([...document.querySelectorAll<HTMLElement>('.baseline-chart')].map(draw)).then(() => {
	(window as unknown as { chartsDrawnAt: number }).chartsDrawnAt = performance.now();
});
