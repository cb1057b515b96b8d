import { describe, expect, test } from 'vitest';
import { elements, markValues, parseSvg } from '../../helpers/svg.ts';

describe('the SVG test helper', () => {
	test('reads attributes in any order and quoting, unescaped, with the tag', () => {
		const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg"><g><rect data-value='7' class="kz-cell kz-mark" data-label="A &amp; B &lt;C&gt; &quot;D&quot; &#39;E&#39;"/></g>
<circle class="kz-mark"
  data-value="114.5"></circle><text class="kz-marker">no</text></svg>`;
		expect(elements(svg, 'kz-mark')).toEqual([
			{ tag: 'rect', 'data-value': '7', class: 'kz-cell kz-mark', 'data-label': `A & B <C> "D" 'E'` },
			{ tag: 'circle', class: 'kz-mark', 'data-value': '114.5' },
		]);
		expect(elements(svg, 'kz-mark', 'circle')).toHaveLength(1);
		expect(markValues(svg)).toEqual([7, 114.5]);
	});

	test('refuses markup that is not well-formed XML', () => {
		expect(() => parseSvg('<svg><g class="kz-mark"></svg>')).toThrow(/not well-formed/);
		expect(() => parseSvg('<svg><text class="a>b</text></svg>')).toThrow(/not well-formed/);
		expect(() => parseSvg('<div></div>')).toThrow(/expected an <svg> root/);
	});
});
