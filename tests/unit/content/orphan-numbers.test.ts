import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findOrphanNumbers } from '../../helpers/orphan-numbers.ts';

describe('findOrphanNumbers(mdx)', () => {
	test('finds money, percentages, quantities with units and ratios typed in prose, with their lines', () => {
		const mdx = [
			'---',
			"title: 'Costs of $5 million and 7% in the frontmatter are fine'",
			'---',
			'Miners lost $1 million a day, or 4.8 million dollars.',
			'They were only 7% of the market, some 1,000 MW, or 8.76 TWh in a year.',
			'The line carries 500-kilovolt power; the estimates differ by a factor of more than three.',
			'It cost them a million dollars a day.',
		].join('\n');
		expect(findOrphanNumbers(mdx)).toEqual([
			{ line: 4, kind: 'money', text: '$1' },
			{ line: 4, kind: 'money', text: '4.8 million' },
			{ line: 5, kind: 'percentage', text: '7%' },
			{ line: 5, kind: 'quantity', text: '1,000 MW' },
			{ line: 5, kind: 'quantity', text: '8.76 TWh' },
			{ line: 6, kind: 'quantity', text: '500-kilovolt' },
			{ line: 6, kind: 'ratio', text: 'factor of more than three' },
			{ line: 7, kind: 'money', text: 'a million dollars' },
		]);
	});

	test('finds times and dates typed in prose, but not bare years', () => {
		const mdx = ['On 25 January 2022, at 11:59, demand in 2021 rose; by October 2021 and on January 7th it had.'].join('\n');
		expect(findOrphanNumbers(mdx)).toEqual([
			{ line: 1, kind: 'time', text: '11:59' },
			{ line: 1, kind: 'date', text: '25 January' },
			{ line: 1, kind: 'date', text: 'October 2021' },
			{ line: 1, kind: 'date', text: 'January 7th' },
		]);
	});

	test('leaves figures, times and dates drawn from the data alone', () => {
		const mdx = [
			'On <Fact id="january-2022/blackout-start" part="date" />, at <Fact id="january-2022/blackout-start" part="time" />, demand in 2021 rose <Fact id="calc/growth-2021" />.',
			'Miners said <Fact id="mining-losses/power-cut-per-day" /> a day, over <Fact id="mining-losses/shutdown-hours" /> hours.',
			'<Chart id="grid-load" />',
		].join('\n');
		expect(findOrphanNumbers(mdx)).toEqual([]);
	});
});

describe('the articles', () => {
	const files = readdirSync('content/articles').filter((f) => f.endsWith('.mdx'));
	test.each(files)('content/articles/%s types no figure: every one comes from the data', (file) => {
		const orphans = findOrphanNumbers(readFileSync(`content/articles/${file}`, 'utf8')).map(
			(o) => `content/articles/${file}:${o.line}: ${o.kind} "${o.text}" is typed in the prose; quote it with <Fact id="..."/>`
		);
		expect(orphans).toEqual([]);
	});
});
