// <kz-chart>: redraws its server-drawn chart at the container's width, shows a tooltip for the mark
// under the pointer or keyboard focus, moves between marks with the arrow keys, and switches views.
import { loadDraw } from './load-draw.ts';
import { loadShareMenuOnInterest } from './share-menu-loader.ts';
import { heightFor, isChartPayload, renderChart, type ChartDraw, type ChartPayload } from '../plot/draw.ts';
import { resolvedTheme } from './resolved-theme.ts';

class KzChart extends HTMLElement {
	#chart: ChartDraw<unknown> | undefined;
	#payload: ChartPayload | undefined;
	#width = 0;
	#active = -1;
	#resize: ResizeObserver | undefined;
	#nearViewport: IntersectionObserver | undefined;
	#ready: Promise<void> | undefined;
	#plot: HTMLElement | null = null;
	#tooltip: HTMLElement | null = null;
	#live: HTMLElement | null = null;

	connectedCallback(): void {
		this.#plot = this.querySelector('.kz-plot');
		this.#tooltip = this.querySelector('[role="tooltip"]');
		this.#live = this.querySelector('.kz-live');
		this.addEventListener('click', this.#onClick);
		// The figure's share menu is a sibling of this element: its script is one this element loads on interest.
		const menu = this.closest('figure')?.querySelector<HTMLDetailsElement>('details.kz-share');
		if (menu) loadShareMenuOnInterest(menu);
		// The server's drawing is already on screen, so a chart's module loads, and the chart redraws, only as it
		// nears the viewport: a long article fetches and does no work for charts the reader never reaches.
		this.#nearViewport = new IntersectionObserver(
			(entries) => {
				if (!entries.some((e) => e.isIntersecting)) return;
				this.#nearViewport?.disconnect();
				void this.#hydrate();
			},
			{ rootMargin: '300px 0px' }
		);
		this.#nearViewport.observe(this);
	}

	/** Loads the chart module and takes over the drawing; once. */
	#hydrate(): Promise<void> {
		this.#ready ??= (async () => {
			const payload = parsePayload(this.querySelector('script.kz-chart-data')?.textContent);
			const chart = await loadDraw(this.dataset['chart'] ?? '')?.catch(() => undefined);
			if (!chart || !payload || !this.#plot) {
				// The server's drawing stays, readable and complete; only the controls that need the script go.
				this.classList.add('kz-static');
				return;
			}
			this.#chart = chart;
			this.#payload = payload;
			if (this.hasAttribute('data-url-view')) this.#followUrl(chart);
			this.#bind(this.#plot);
			this.#resize = new ResizeObserver(([entry]) => {
				const width = Math.round(entry?.contentRect.width ?? 0);
				// Height-only changes are ignored (no feedback loop); zero width means hidden or detached.
				if (width > 0 && width !== this.#width) this.#draw(width);
			});
			this.#resize.observe(this.#plot);
			matchMedia('(prefers-color-scheme: dark)').addEventListener('change', this.#redraw);
			document.addEventListener('kz-theme-change', this.#redraw);
		})();
		return this.#ready;
	}

	disconnectedCallback(): void {
		this.#nearViewport?.disconnect();
		this.#resize?.disconnect();
		matchMedia('(prefers-color-scheme: dark)').removeEventListener('change', this.#redraw);
		document.removeEventListener('kz-theme-change', this.#redraw);
	}

	get view(): string {
		return this.dataset['view'] ?? '';
	}

	/** Switches to a view the chart has; anything else is ignored. */
	setView(view: string): void {
		if (!this.#chart?.views.includes(view) || view === this.view) return;
		this.dataset['view'] = view;
		for (const button of this.querySelectorAll<HTMLButtonElement>('.kz-view-button')) {
			button.setAttribute('aria-pressed', String(button.dataset['view'] === view));
		}
		this.#active = -1;
		this.#redraw();
		if (this.hasAttribute('data-url-view')) this.#writeUrl(view);
		this.dispatchEvent(new CustomEvent('kz-view-change', { bubbles: true, detail: { chart: this.dataset['chart'], view } }));
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
		plot.tabIndex = 0;
		plot.setAttribute('role', 'group');
		plot.setAttribute('aria-label', this.dataset['keys'] ?? '');
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

	#onClick = (event: Event): void => {
		const button = (event.target as Element).closest<HTMLButtonElement>('.kz-view-button');
		const view = button?.dataset['view'];
		if (view) void this.#hydrate().then(() => this.setView(view));
	};
}

/** The chart's data and words from its page, or undefined if they are missing or malformed. */
function parsePayload(json: string | null | undefined): ChartPayload | undefined {
	try {
		const value: unknown = json ? JSON.parse(json) : undefined;
		return isChartPayload(value) ? value : undefined;
	} catch {
		return undefined;
	}
}

if (!customElements.get('kz-chart')) customElements.define('kz-chart', KzChart);
