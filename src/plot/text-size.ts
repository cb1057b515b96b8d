import { text, type Attrs } from './svg.ts';

/** Average glyph width of the chart font, in ems: enough to wrap labels without measuring text. */
const EM_PER_CHAR = 0.56;

/** Splits `content` into lines that fit `maxWidth` pixels at `fontSize`. */
export function wrapLines(content: string, maxWidth: number, fontSize: number): string[] {
	const maxChars = Math.max(8, Math.floor(maxWidth / (fontSize * EM_PER_CHAR)));
	const lines: string[] = [];
	let line = '';
	for (const word of content.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > maxChars) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** A wrapped label: one `<text>` per line, `lineHeight` apart, starting at `y`. */
export function wrappedText(
	attrs: Attrs & { x: number; y: number },
	content: string,
	maxWidth: number,
	fontSize = 12,
	lineHeight = 15
): string {
	return wrapLines(content, maxWidth, fontSize)
		.map((line, i) => text({ ...attrs, y: attrs.y + i * lineHeight, 'font-size': fontSize === 12 ? undefined : fontSize }, line))
		.join('');
}

/** Estimated width of a label in pixels. */
export function textWidth(content: string, fontSize = 12): number {
	return content.length * fontSize * EM_PER_CHAR;
}
