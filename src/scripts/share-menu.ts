// <kz-share>: copy link, Web Share, copy embed code, and keeps links and code on the chart's current view.
import { embedCode } from '../share/embed-code.ts';

class KzShare extends HTMLElement {
	connectedCallback(): void {
		const share = this.querySelector<HTMLButtonElement>('[data-action="share"]');
		if (share && typeof navigator.share === 'function') share.hidden = false;
		this.addEventListener('click', (event) => void this.#onClick(event));
		const figure = this.closest('figure');
		const current = figure?.querySelector('kz-chart')?.getAttribute('data-view');
		if (current && current !== this.#view) this.#setView(current);
		figure?.addEventListener('kz-view-change', (event) => {
			const view = (event as CustomEvent<{ view: string }>).detail.view;
			this.#setView(view);
		});
	}

	get #view(): string {
		return this.dataset['view'] ?? this.dataset['defaultView'] ?? '';
	}

	/** The chart page's URL in the current view. */
	get link(): string {
		const url = new URL(this.dataset['pageUrl'] ?? location.href);
		if (this.#view !== this.dataset['defaultView']) url.searchParams.set('view', this.#view);
		return url.href;
	}

	get code(): string {
		return embedCode({
			embedUrl: this.dataset['embedUrl'] ?? '',
			scriptUrl: this.dataset['scriptUrl'] ?? '',
			title: this.dataset['title'] ?? '',
			height: Number(this.dataset['height']) || 500,
			view: this.#view === this.dataset['defaultView'] ? undefined : this.#view,
		});
	}

	#setView(view: string): void {
		this.dataset['view'] = view;
		const textarea = this.querySelector('textarea');
		if (textarea) textarea.value = this.code;
		for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-view-download]')) {
			link.hidden = link.dataset['viewDownload'] !== view;
		}
	}

	async #onClick(event: Event): Promise<void> {
		const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset['action'];
		// The words come from the page, in its language.
		if (action === 'copy-link') await this.#copy(this.link, this.dataset['linkCopied'] ?? '');
		else if (action === 'copy-embed') await this.#copy(this.code, this.dataset['embedCopied'] ?? '');
		else if (action === 'share') {
			try {
				await navigator.share({ title: this.dataset['title'] ?? document.title, url: this.link });
			} catch {
				// The reader closed the share sheet: nothing to do.
			}
		}
	}

	async #copy(text: string, done: string): Promise<void> {
		const status = this.querySelector('[role="status"]');
		try {
			await navigator.clipboard.writeText(text);
			if (status) status.textContent = done;
		} catch {
			if (status) status.textContent = this.dataset['copyBlocked'] ?? '';
		}
	}
}

if (!customElements.get('kz-share')) customElements.define('kz-share', KzShare);
