// The one place chart markup is built: every text and attribute value passes through `escapeText`/`escapeAttr`.

export type AttrValue = string | number | boolean | undefined | null;
export type Attrs = Record<string, AttrValue>;

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', "'": '&#39;' };

/** Text escaped for use between tags. */
export function escapeText(text: string): string {
	return text.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

/** Text escaped for use inside a double-quoted attribute. */
export function escapeAttr(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ATTR_ESCAPES[c] ?? c);
}

/** A number rounded to two decimals, so the same chart always prints the same SVG. */
export function round(n: number): number {
	return Math.round(n * 100) / 100;
}

function formatAttrs(attrs: Attrs): string {
	let out = '';
	for (const [name, value] of Object.entries(attrs)) {
		if (value === undefined || value === null || value === false) continue;
		if (!/^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/.test(name)) throw new Error(`bad attribute name: ${name}`);
		if (value === true) out += ` ${name}`;
		else out += ` ${name}="${escapeAttr(typeof value === 'number' ? String(round(value)) : value)}"`;
	}
	return out;
}

/** An element with escaped attributes; `children` is markup already built by this module. */
export function el(tag: string, attrs: Attrs, ...children: string[]): string {
	const open = `<${tag}${formatAttrs(attrs)}`;
	return children.length ? `${open}>${children.join('')}</${tag}>` : `${open}/>`;
}

/** A `<text>` element; `content` is plain text and is escaped here. */
export function text(attrs: Attrs, content: string): string {
	return `<text${formatAttrs(attrs)}>${escapeText(content)}</text>`;
}
