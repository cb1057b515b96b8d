// Inside an embed: tells the parent page our height whenever it changes, in pym.js's message format, so
// pages that load NPR's pym.js size us with no extra script, and our own /embed.js does the same.
// @see https://github.com/nprapps/pym.js (Child.sendHeight, message format pym<id><type><message> joined by xPYMx)

import { DEFAULT_LANG, LANGS, isLang } from '../locale/lang.ts';

const DELIMITER = 'xPYMx';
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

const asked = new URLSearchParams(location.search).get('childId');
/** pym's Parent names its child in `childId`; anything else falls back to a fixed id our host script ignores. */
const id = asked && SAFE_ID.test(asked) ? asked : 'kz-embed';
const widthMessage = new RegExp(`^pym${DELIMITER}${id}${DELIMITER}width${DELIMITER}(\\d{1,5})$`);

let sent = -1;

function sendHeight(force = false): void {
	if (window.parent === window) return;
	const height = document.body.offsetHeight;
	if (!force && height === sent) return;
	sent = height;
	window.parent.postMessage(['pym', id, 'height', String(height)].join(DELIMITER), '*');
}

new ResizeObserver(() => sendHeight()).observe(document.body);
window.addEventListener('load', () => sendHeight(true));
void document.fonts.ready.then(() => sendHeight(true));

// The parent asks for our height when its width changes; only that one message shape, from the parent, is read.
window.addEventListener('message', (event) => {
	if (event.source !== window.parent || typeof event.data !== 'string') return;
	if (widthMessage.test(event.data)) sendHeight(true);
});

// `?lang=ru` on an embed's URL asks for the chart in that language: a static host serves every edition at its own path,
// so the embed moves to it, keeping the rest of the query (the view, pym's id). An unknown language is ignored.
const query = new URLSearchParams(location.search);
const wanted = query.get('lang');
const current = document.documentElement.lang;
if (isLang(wanted) && wanted !== current) {
	query.delete('lang');
	const prefix = wanted === DEFAULT_LANG ? '' : `${wanted}/`;
	const path = location.pathname.replace(new RegExp(`/(?:(?:${LANGS.join('|')})/)?embed/`), `/${prefix}embed/`);
	const search = query.toString();
	location.replace(`${path}${search ? `?${search}` : ''}${location.hash}`);
}
