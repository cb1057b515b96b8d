// What <kz-chart> does once a reader reaches for it (chart-figure.ts loads this on interest): fetches the chart's
// drawing and its data, redraws at the container's width, shows a tooltip for the mark under the pointer or keyboard
// focus, moves between marks with the arrow keys, and switches views.
import { loadDraw } from './load-draw.ts';
import { heightFor, isChartPayload, renderChart, type ChartDraw, type ChartPayload } from '../plot/draw.ts';
import { resolvedTheme } from './resolved-theme.ts';

/** The behaviour of one chart element, attached once its module and data have arrived. */
export class ChartController {
	#chart: ChartDraw<unknown> | undefined;
	#payload: ChartPayload | undefined;
	#width = 0;
	#active = -1;
	#resize: ResizeObserver | undefined;
	#plot: HTMLElement | null = null;
	#tooltip: HTMLElement | null = null;
	#live: HTMLElement | null = null;

	readonly #host: HTMLElement;

	constructor(host: HTMLElement) {
		this.#host = host;
		this.#plot = host.querySelector('.kz-plot');
		this.#tooltip = host.querySelector('[role="tooltip"]');
		this.#live = host.querySelector('.kz-live');
	}

	/** Loads the chart's drawing and data and takes over the drawing; false if either is missing or malformed. */
	async attach(): Promise<boolean> {
		const [payload, chart] = await Promise.all([
			fetchPayload(this.#host.dataset['payload']),
			loadDraw(this.#host.dataset['chart'] ?? '')?.catch(() => undefined),
		]);
		if (!chart || !payload || !this.#plot) return false;
		this.#chart = chart;
		this.#payload = payload;
		if (this.#host.hasAttribute('data-url-view')) this.#followUrl(chart);
		this.#bind(this.#plot);
		this.#resize = new ResizeObserver(([entry]) => {
			const width = Math.round(entry?.contentRect.width ?? 0);
			// Height-only changes are ignored (no feedback loop); zero width means hidden or detached.
			if (width > 0 && width !== this.#width) this.#draw(width);
		});
		this.#resize.observe(this.#plot);
		matchMedia('(prefers-color-scheme: dark)').addEventListener('change', this.#redraw);
		document.addEventListener('kz-theme-change', this.#redraw);
		// Keyboard focus that brought the module here: the first mark is shown, as a later focus would.
		if (document.activeElement === this.#plot) this.#activate(Math.max(0, this.#active), true);
		return true;
	}

	detach(): void {
		this.#resize?.disconnect();
		matchMedia('(prefers-color-scheme: dark)').removeEventListener('change', this.#redraw);
		document.removeEventListener('kz-theme-change', this.#redraw);
	}

	get view(): string {
		return this.#host.dataset['view'] ?? '';
	}

	/** Switches to a view the chart has; anything else is ignored. */
	setView(view: string): void {
		if (!this.#chart?.views.includes(view) || view === this.view) return;
		this.#host.dataset['view'] = view;
		for (const button of this.#host.querySelectorAll<HTMLButtonElement>('.kz-view-button')) {
			button.setAttribute('aria-pressed', String(button.dataset['view'] === view));
		}
		this.#active = -1;
		this.#redraw();
		if (this.#host.hasAttribute('data-url-view')) this.#writeUrl(view);
		this.#host.dispatchEvent(new CustomEvent('kz-view-change', { bubbles: true, detail: { chart: this.#host.dataset['chart'], view } }));
	}

	/** Opens the view named in `?view=`, if the chart has it; any other value is ignored. */
	#followUrl(chart: ChartDraw<unknown>): void {
		const asked = new URLSearchParams(location.search).get('view');
		if (asked && chart.views.includes(asked)) this.setView(asked);
	}

	/** Puts the view in the address bar without a reload: the first view is the bare URL. */
	#writeUrl(view: string): void {
		const url = new URL(location.href);
		if (view === this.#chart?.views[0]) url.searchParams.delete('view');
		else url.searchParams.set('view', view);
		history.replaceState(history.state, '', url);
	}

	#redraw = (): void => {
		if (this.#width > 0) this.#draw(this.#width);
	};

	#draw(width: number): void {
		if (!this.#chart || !this.#payload || !this.#plot) return;
		this.#width = width;
		this.#plot.style.height = `${heightFor(this.#chart, width)}px`;
		this.#plot.innerHTML = renderChart(this.#chart, this.#payload, this.view, { width, theme: resolvedTheme() });
		this.#plot.dataset['drawn'] = 'true';
		this.#hideTooltip();
		if (this.#active >= 0) this.#activate(Math.min(this.#active, this.#marks().length - 1), false);
	}

	#marks(): SVGElement[] {
		return this.#plot ? [...this.#plot.querySelectorAll<SVGElement>('.kz-mark')] : [];
	}

	#bind(plot: HTMLElement): void {
		if (this.#tooltip) plot.setAttribute('aria-describedby', this.#tooltip.id);
		plot.addEventListener('pointermove', (event) => {
			const mark = (event.target as Element).closest<SVGElement>('.kz-mark');
			if (mark) this.#activate(this.#marks().indexOf(mark), false);
		});
		plot.addEventListener('pointerleave', () => {
			if (document.activeElement !== plot) this.#clear();
		});
		plot.addEventListener('focus', () => this.#activate(Math.max(0, this.#active), true));
		plot.addEventListener('blur', () => this.#clear());
		plot.addEventListener('keydown', (event) => {
			const count = this.#marks().length;
			const moves: Record<string, number> = {
				ArrowRight: this.#active + 1,
				ArrowDown: this.#active + 1,
				ArrowLeft: this.#active - 1,
				ArrowUp: this.#active - 1,
				Home: 0,
				End: count - 1,
			};
			const next = moves[event.key];
			if (next !== undefined && count > 0) {
				event.preventDefault();
				this.#activate((next + count) % count, true);
			} else if (event.key === 'Escape') {
				this.#clear();
			}
		});
	}

	#activate(index: number, announce: boolean): void {
		const marks = this.#marks();
		const mark = marks[index];
		if (!mark || !this.#plot || !this.#tooltip) return;
		for (const m of marks) m.classList.toggle('kz-active', m === mark);
		this.#active = index;
		const label = mark.dataset['label'] ?? mark.dataset['value'] ?? '';
		this.#tooltip.textContent = label;
		this.#tooltip.hidden = false;
		const box = mark.getBoundingClientRect();
		const host = this.#plot.getBoundingClientRect();
		const tip = this.#tooltip.getBoundingClientRect();
		const left = Math.min(Math.max(0, box.left - host.left + box.width / 2 - tip.width / 2), host.width - tip.width);
		const above = box.top - host.top - tip.height - 8;
		this.#tooltip.style.transform = `translate(${Math.round(left)}px, ${Math.round(above < 0 ? box.bottom - host.top + 8 : above)}px)`;
		if (announce && this.#live) this.#live.textContent = label;
	}

	#clear(): void {
		this.#active = -1;
		this.#hideTooltip();
		for (const m of this.#marks()) m.classList.remove('kz-active');
	}

	#hideTooltip(): void {
		if (this.#tooltip) this.#tooltip.hidden = true;
	}
}

/** The chart's data and words for its redraws, fetched beside its module; undefined if missing or malformed. */
async function fetchPayload(url: string | undefined): Promise<ChartPayload | undefined> {
	if (!url) return undefined;
	try {
		const value: unknown = await (await fetch(url)).json();
		return isChartPayload(value) ? value : undefined;
	} catch {
		return undefined;
	}
}
