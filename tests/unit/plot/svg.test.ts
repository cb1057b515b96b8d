import { describe, expect, test } from 'vitest';
import { el, escapeAttr, escapeText, text } from '../../../src/plot/svg.ts';

describe('svg builders', () => {
	test('escapeText and escapeAttr neutralise markup', () => {
		expect(escapeText('<script>&')).toBe('&lt;script&gt;&amp;');
		expect(escapeAttr(`"><img onerror='x'>`)).toBe('&quot;&gt;&lt;img onerror=&#39;x&#39;&gt;');
	});

	test('el(tag, attrs) escapes attribute values and rounds numbers', () => {
		expect(el('rect', { x: 1.23456, 'data-label': '<b>"hi"</b>' })).toBe('<rect x="1.23" data-label="&lt;b&gt;&quot;hi&quot;&lt;/b&gt;"/>');
	});

	test('el refuses attribute names that could break out of the tag', () => {
		expect(() => el('rect', { 'x onload': 1 })).toThrow('bad attribute name');
	});

	test('text(attrs, content) escapes its content', () => {
		expect(text({ x: 0 }, '</text><script>')).toBe('<text x="0">&lt;/text&gt;&lt;script&gt;</text>');
	});
});
