/** Line height of 12px chart text: labels, axis words, legends and notes. */
export const LINE_HEIGHT = 15;

/** Average glyph width of the chart font, in ems: enough to wrap labels without measuring text. Cyrillic runs wider. */
const EM_PER_CHAR = 0.56;
const EM_PER_CYRILLIC = 0.6;

function charsWidth(content: string): number {
	let ems = 0;
	for (const char of content) ems += char >= '\u0400' && char <= '\u052f' ? EM_PER_CYRILLIC : EM_PER_CHAR;
	return ems;
}

/** Splits `content` into lines that fit `maxWidth` pixels at `fontSize`. */
export function wrapLines(content: string, maxWidth: number, fontSize: number): string[] {
	const maxEms = Math.max(8 * EM_PER_CHAR, maxWidth / fontSize);
	const lines: string[] = [];
	let line = '';
	// Lines break at spaces, never at a no-break space: "13,8 %" and "1 234" stay whole.
	for (const word of content.split(/[ \t\r\n]+/).filter(Boolean)) {
		if (line && charsWidth(`${line} ${word}`) > maxEms) {
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
	return charsWidth(content) * fontSize;
}
