// Reads SVG with an XML parser (@xmldom/xmldom), not regexes: attributes come back unescaped, in any
// order and quoting, and markup that is not well-formed XML fails the test that reads it.
import { DOMParser, type Element } from '@xmldom/xmldom';

/** Parses an SVG string (with or without an XML declaration); any XML error, even one a browser would recover from, throws. */
export function parseSvg(svg: string): Element {
	const document = new DOMParser({
		onError: (level, message) => {
			throw new Error(`SVG is not well-formed XML (${level}): ${message}`);
		},
	}).parseFromString(svg, 'image/svg+xml');
	const root = document.documentElement;
	if (root?.localName !== 'svg') throw new Error(`expected an <svg> root, got <${root?.localName ?? 'nothing'}>`);
	return root;
}

function attributesOf(element: Element): Record<string, string> {
	const attrs: Record<string, string> = { tag: element.localName ?? element.nodeName };
	for (let i = 0; i < element.attributes.length; i++) {
		const attr = element.attributes.item(i);
		if (attr) attrs[attr.name] = attr.value;
	}
	return attrs;
}

/** The attributes (unescaped, plus `tag`) of every element in `svg`, in document order, that has the class `className` and, if given, the tag name `tag`. */
export function elements(svg: string, className: string, tag?: string): Record<string, string>[] {
	const root = parseSvg(svg);
	// getElementsByTagName finds descendants only: the root <svg> is a candidate too.
	const descendants = root.getElementsByTagName('*');
	const all = [root, ...Array.from({ length: descendants.length }, (_, i) => descendants.item(i))];
	return all
		.filter((element): element is Element => element !== null && (tag === undefined || element.localName === tag))
		.filter((element) => (element.getAttribute('class') ?? '').split(/\s+/).includes(className))
		.map(attributesOf);
}

/** A data mark as the tests read it. */
export interface Mark {
	value: number;
	label: string;
	/** Drawn as our calculation (`data-derived="true"`), not as data. */
	derived: boolean;
	/** The fact id it draws (`<dataset>/<row>`), where it has one. */
	fact: string | null;
	/** Its unit (and basis): `time` for an instant on a timeline, in UTC milliseconds. */
	measure: string | null;
}

/** Every data mark (`.kz-mark`) in `svg`, in document order. */
export function marks(svg: string): Mark[] {
	return elements(svg, 'kz-mark').map((m) => ({
		value: Number(m['data-value']),
		label: m['data-label'] ?? '',
		derived: m['data-derived'] === 'true',
		fact: m['data-fact'] ?? null,
		measure: m['data-measure'] ?? null,
	}));
}

/** The numbers in the `data-value` of every data mark, in document order. */
export function markValues(svg: string): number[] {
	return elements(svg, 'kz-mark').map((m) => Number(m['data-value']));
}
