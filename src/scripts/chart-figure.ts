// <kz-chart>: the server's drawing is complete, so nothing more loads until a reader reaches for the chart (hover,
// focus, touch, a view switch) or its box stops fitting the drawings the server made (a width they would be scaled
// too far for, or a view asked for in the URL). Then chart-controller.ts, the chart's drawing and its data arrive
// together and take over; a view switch clicked before they did is replayed.
import { loadShareMenuOnInterest } from './share-menu-loader.ts';
import type { ChartController } from './chart-controller.ts';
import { SERVER_WIDTHS } from '../plot/sizes.ts';

/** How far a drawing may be scaled up before it is redrawn: its 12px labels read at up to 17px. */
const MAX_SCALE = 1.4;

/** Whether the server's drawing shown at this width (the narrow one below WIDE, else the wide one) is scaled within bounds. */
function drawingFits(width: number): boolean {
	const drawn = width < SERVER_WIDTHS.wide ? SERVER_WIDTHS.narrow : SERVER_WIDTHS.wide;
	return width >= drawn && width <= drawn * MAX_SCALE;
}

const INTEREST = ['pointerenter', 'focusin', 'touchstart'] as const;

class KzChart extends HTMLElement {
	#controller: Promise<ChartController | undefined> | undefined;
	#resize: ResizeObserver | undefined;

	connectedCallback(): void {
		// The figure's share menu is a sibling of this element: its script is one this element loads on interest.
		const menu = this.closest('figure')?.querySelector<HTMLDetailsElement>('details.kz-share');
		if (menu) loadShareMenuOnInterest(menu);
		const plot = this.querySelector<HTMLElement>('.kz-plot');
		if (!plot) return;
		// Reachable by keyboard at once: focusing it is what brings the arrow keys.
		plot.tabIndex = 0;
		plot.setAttribute('role', 'group');
		plot.setAttribute('aria-label', this.dataset['keys'] ?? '');
		for (const type of INTEREST) this.addEventListener(type, () => void this.#wake(), { once: true, passive: true });
		this.addEventListener('click', this.#onClick);
		const asked = this.hasAttribute('data-url-view') ? new URLSearchParams(location.search).get('view') : null;
		if (asked && asked !== this.dataset['view']) void this.#wake();
		this.#resize = new ResizeObserver(([entry]) => {
			const width = Math.round(entry?.contentRect.width ?? 0);
			if (width > 0 && !drawingFits(width)) void this.#wake();
		});
		this.#resize.observe(plot);
	}

	disconnectedCallback(): void {
		this.#resize?.disconnect();
		void this.#controller?.then((c) => c?.detach());
	}

	/** Loads the controller, the drawing and the data, once; the server's drawing stays if any is missing. */
	#wake = (): Promise<ChartController | undefined> => {
		this.#resize?.disconnect();
		this.#controller ??= import('./chart-controller.ts')
			.then(async ({ ChartController }) => {
				const controller = new ChartController(this);
				return (await controller.attach()) ? controller : undefined;
			})
			.catch(() => undefined)
			.then((controller) => {
				// Only the controls that need the script go; the drawing is readable and complete.
				if (!controller) this.classList.add('kz-static');
				return controller;
			});
		return this.#controller;
	};

	#onClick = (event: Event): void => {
		const view = (event.target as Element).closest<HTMLButtonElement>('.kz-view-button')?.dataset['view'];
		if (view) void this.#wake().then((controller) => controller?.setView(view));
	};
}

if (!customElements.get('kz-chart')) customElements.define('kz-chart', KzChart);
