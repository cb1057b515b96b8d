import { EN, type Formatter } from './format.ts';

/** The languages the site is written in; a chart's words must exist in each (a missing one is a type error). */
export const LANGS = ['en'] as const;
export type Lang = (typeof LANGS)[number];

const FORMATTERS: Readonly<Record<Lang, Formatter>> = { en: EN };

/** The formats of a language. */
export function formatterFor(lang: Lang): Formatter {
	return FORMATTERS[lang];
}
