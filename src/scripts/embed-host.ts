// /embed.js: the script in our embed code. On the host page, it sizes each of our iframes to the height the
// embed reports. It reads only messages from our own origin, from one of our iframes, in the one shape expected.
(() => {
	// Once per page, however many embeds paste the script; a registered symbol, so no name on the host's window can clash.
	const flag = Symbol.for('kz-embed-host');
	if (Reflect.get(window, flag)) return;
	Reflect.set(window, flag, true);

	const script = document.currentScript as HTMLScriptElement | null;
	if (!script) return;
	const origin = new URL(script.src).origin;
	const heightMessage = /^pymxPYMx[A-Za-z0-9_-]{1,64}xPYMxheightxPYMx(\d{1,5})$/;
	const MAX_HEIGHT = 10000;

	window.addEventListener('message', (event) => {
		if (event.origin !== origin || typeof event.data !== 'string') return;
		const match = heightMessage.exec(event.data);
		const height = Number(match?.[1]);
		if (!match || !(height > 0 && height <= MAX_HEIGHT)) return;
		for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-kz-embed]')) {
			if (frame.contentWindow === event.source) frame.setAttribute('height', String(height));
		}
	});
})();
