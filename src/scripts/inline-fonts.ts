// The fonts of a page's first screen arrive inside the page, each the page's own cut as base64 in a data block
// (<script type="font/woff2" class="kz-font">, written by the build after the page's @font-face sheet). Made into
// FontFaces from their bytes, they need no request and are ready at the first layout on any network. Fetched after
// the HTML instead, a face misses the first view (font-display: optional); preloaded, it holds back the first paint.
// The @font-face sheet still names the same files by URL, for readers without JavaScript and for other subsets.
(() => {
	for (const block of document.querySelectorAll<HTMLScriptElement>('script.kz-font')) {
		const { family, weight, range } = block.dataset;
		if (!family || !weight || !range) continue;
		try {
			const bytes = Uint8Array.from(atob(block.textContent ?? ''), (c) => c.charCodeAt(0));
			const face = new FontFace(family, bytes, { weight, unicodeRange: range, display: 'optional' });
			// A face that cannot be read leaves its text to the URL's face and the fallback, without an error.
			face.loaded.catch(() => undefined);
			document.fonts.add(face);
		} catch {
			// Not base64: the same.
		}
	}
})();
