const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function unescape(value: string): string {
	return value.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);
}

/** The attributes (unescaped) of every element in `svg` whose tag matches `selector` (a class name, or `tag.class`). */
export function elements(svg: string, className: string, tag = '[a-z]+'): Record<string, string>[] {
	const found: Record<string, string>[] = [];
	for (const match of svg.matchAll(new RegExp(`<(${tag})\\s([^>]*?)/?>`, 'g'))) {
		const attrs: Record<string, string> = { tag: match[1] ?? '' };
		for (const a of (match[2] ?? '').matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)="([^"]*)"/g)) attrs[a[1] ?? ''] = unescape(a[2] ?? '');
		if ((attrs['class'] ?? '').split(/\s+/).includes(className)) found.push(attrs);
	}
	return found;
}

/** The numbers in the `data-value` of every data mark, in document order. */
export function markValues(svg: string): number[] {
	return elements(svg, 'kz-mark').map((m) => Number(m['data-value']));
}
