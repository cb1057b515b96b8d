import { EN, EN_TICKS, type Formatter, type TickFormatter } from './format.ts';

/** The languages the site is written in; a chart's words must exist in each (a missing one is a type error). */
export const LANGS = ['en', 'ru', 'kk'] as const;
export type Lang = (typeof LANGS)[number];

const FORMATTERS: Readonly<Record<Lang, Formatter>> = { en: EN };

/** Whether a value names one of the site's languages. */
export function isLang(value: unknown): value is Lang {
	return LANGS.some((lang) => lang === value);
}

const TICK_FORMATTERS: Readonly<Record<Lang, TickFormatter>> = { en: EN_TICKS };

/** The formats a chart's drawing needs in a language: all the browser loads. */
export function tickFormatterFor(lang: Lang): TickFormatter {
	return TICK_FORMATTERS[lang];
}

/** The formats of a language. */
export function formatterFor(lang: Lang): Formatter {
	return FORMATTERS[lang];
}
