// The embed code editors paste: our iframe plus our small sizing script. Built in a .ts module because a
// closing iframe tag inside an Astro component's frontmatter breaks its compiler. Used on the server
// (chart page, oEmbed) and in the browser (the share menu, when the view changes).
import { escapeAttr } from '../plot/svg.ts';

export interface EmbedCodeInput {
	/** Absolute URL of /embed/<id>/, without query. */
	embedUrl: string;
	/** Absolute URL of /embed.js. */
	scriptUrl: string;
	title: string;
	/** A first height in pixels, before the embed reports its own. */
	height: number;
	view?: string | undefined;
}

/** The iframe's src for a view (no query for the default view). */
function embedSrc(embedUrl: string, view?: string): string {
	return view ? `${embedUrl}?view=${encodeURIComponent(view)}` : embedUrl;
}

/** The iframe and script tags, ready to paste. */
export function embedCode({ embedUrl, scriptUrl, title, height, view }: EmbedCodeInput): string {
	const src = escapeAttr(embedSrc(embedUrl, view));
	return (
		`<iframe src="${src}" title="${escapeAttr(title)}" width="100%" height="${Math.round(height)}" loading="lazy" data-kz-embed style="border:0;width:100%;max-width:100%"></iframe>\n` +
		`<script async src="${escapeAttr(scriptUrl)}"></` +
		'script>'
	);
}
