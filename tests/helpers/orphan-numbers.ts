// Finds figures typed into an article's prose instead of drawn from the data with <Fact id="..."/>.

const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`;
const WORD_NUMBER = String.raw`(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|hundreds of|tens of)`;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const UNITS = String.raw`MW|GW|kW|TWh|GWh|MWh|kWh|kV|kilovolts?|megawatts?|gigawatts?|terawatt-hours?|gigawatt-hours?|hours?|days?|EH/s|PH/s|tenge|BTC|bitcoins?|people|companies|units?`;

/** What a typed figure looks like: money, percentages, and quantities with a unit about the subject. */
const PATTERNS: { kind: string; pattern: RegExp }[] = [
	{
		kind: 'money',
		pattern: new RegExp(
			String.raw`(?:US)?\$\s?${NUMBER}|\b${NUMBER}\s?(?:million|billion|thousand|USD|dollars)\b|\b${WORD_NUMBER}\s+(?:million|billion)\s+dollars\b`,
			'gi'
		),
	},
	{ kind: 'percentage', pattern: new RegExp(String.raw`\b${NUMBER}\s?(?:%|percent\b|per cent\b)`, 'gi') },
	{ kind: 'quantity', pattern: new RegExp(String.raw`\b${NUMBER}\s?-?\s?(?:${UNITS})\b`, 'gi') },
	{ kind: 'time', pattern: /\b(?:[01]?\d|2[0-3]):[0-5]\d\b/g },
	{
		kind: 'date',
		pattern: new RegExp(String.raw`\b\d{1,2}\s+(?:${MONTHS})\b|\b(?:${MONTHS})\s+\d{1,2}(?:st|nd|rd|th)?\b|\b(?:${MONTHS})\s+\d{4}\b`, 'g'),
	},
	{
		kind: 'ratio',
		pattern: new RegExp(String.raw`\b(?:factor of|${NUMBER}\s?times)\b\s*(?:more than\s+)?(?:${NUMBER}|${WORD_NUMBER})?`, 'gi'),
	},
];

export interface Orphan {
	line: number;
	kind: string;
	text: string;
}

/** Every typed figure, time and date in an MDX article's prose, with its line. Frontmatter, components and their attributes are skipped; a bare year ("in 2021") is a period's name, not a date. */
export function findOrphanNumbers(mdx: string): Orphan[] {
	const lines = mdx.split('\n');
	const orphans: Orphan[] = [];
	let inFrontmatter = lines[0]?.trim() === '---';
	lines.forEach((raw, i) => {
		if (i > 0 && inFrontmatter) {
			if (raw.trim() === '---') inFrontmatter = false;
			return;
		}
		if (i === 0 && inFrontmatter) return;
		const prose = raw.replace(/<[A-Z][^>]*\/>/g, ' ').replace(/<\/?[A-Za-z][^>]*>/g, ' ');
		for (const { kind, pattern } of PATTERNS) {
			for (const match of prose.matchAll(pattern)) {
				const text = match[0].trim();
				if (kind === 'ratio' && !/\d|more than|a few|several/.test(text.replace(/^factor of/i, ''))) continue;
				orphans.push({ line: i + 1, kind, text });
			}
		}
	});
	return orphans;
}
