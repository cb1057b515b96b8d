// Loads <kz-share>'s script only when a reader shows interest in a chart's share menu (hovers or focuses it, or
// opens it), or at once where the menu starts open: an article with many charts does not pay for it up front.
// A click on one of its buttons before the script has arrived is replayed once it has.

const load = (): Promise<unknown> => import('./share-menu.ts').then(() => customElements.whenDefined('kz-share'));

/** Has a chart's share menu load its script on interest, or at once if it starts open. */
export function loadShareMenuOnInterest(details: HTMLDetailsElement): void {
	if (details.open) {
		void load();
		return;
	}
	for (const event of ['pointerenter', 'focusin', 'toggle']) details.addEventListener(event, () => void load(), { once: true });
	details.addEventListener('click', (event) => {
		const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-action]') : null;
		if (button && !customElements.get('kz-share')) void load().then(() => button.click());
	});
}
