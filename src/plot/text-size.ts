/** Line height of 12px chart text: labels, axis words, legends and notes. */
export const LINE_HEIGHT = 15;

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

/** Estimated width of a label in pixels. */
export function textWidth(content: string, fontSize = 12): number {
	return content.length * fontSize * EM_PER_CHAR;
}
