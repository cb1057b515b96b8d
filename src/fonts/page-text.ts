// The characters a page can put on screen, read from its built HTML: every text node, the words its scripts show
// from attributes (a mark's tooltip, the share menu's messages), and the words its charts' redraws draw (their
// payloads). Script and style bodies, tags and other attributes are markup, never drawn.

/** Attributes whose words the page's scripts put on screen. */
const SHOWN_ATTRIBUTES = ['data-label', 'data-link-copied', 'data-embed-copied', 'data-copy-blocked'];

/** Classes the stylesheets set in capitals (text-transform), kept in step with them by a test: their capitals are drawn. */
export const UPPERCASED_CLASSES = ['kz-kicker'];

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text with its HTML character references decoded: "&amp;" -> "&", "&#39;" -> "'", "&#x2014;" -> "—". */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
		if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)));
		return ENTITIES[ref.toLowerCase()] ?? whole;
	});
}

/** Every string inside a JSON value: the words a chart's payload draws. */
export function jsonStrings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(jsonStrings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
	return [];
}

const textOf = (html: string) => html.replace(/<[^>]*>/g, ' ');

/** An element set in capitals, and its content (its tags are no characters; capitals of markup are never drawn). */
const UPPERCASED = new RegExp(`<(\\w+)\\b[^>]*\\sclass="[^"]*\\b(?:${UPPERCASED_CLASSES.join('|')})\\b[^"]*"[^>]*>([\\s\\S]*?)</\\1>`, 'g');

/** The code points a page can draw: its text, the words of SHOWN_ATTRIBUTES, and any extra text (its charts' payloads). */
export function pageCodePoints(html: string, extra: readonly string[] = []): Set<number> {
	const body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ');
	const attributes = [...body.matchAll(new RegExp(`\\s(?:${SHOWN_ATTRIBUTES.join('|')})="([^"]*)"`, 'g'))].map((m) => m[1] ?? '');
	const capitals = [...body.matchAll(UPPERCASED)].map((m) => decodeEntities(textOf(m[2] ?? '')).toUpperCase());
	const points = new Set<number>();
	for (const chunk of [textOf(body), ...attributes].map(decodeEntities).concat(capitals, extra)) {
		for (const char of chunk) {
			const point = char.codePointAt(0);
			// Controls and ordinary whitespace draw nothing; the no-break spaces do take a glyph's width.
			if (point !== undefined && point > 0x20 && point !== 0x7f) points.add(point);
		}
	}
	points.add(0x20);
	return points;
}
