/** The languages the site is written in; a chart's words must exist in each (a missing one is a type error). English first. */
export const LANGS = ['en', 'ru', 'kk'] as const;
export type Lang = (typeof LANGS)[number];

/** The language of pages without a prefix. */
export const DEFAULT_LANG: Lang = 'en';

/** Whether a value names one of the site's languages. */
export function isLang(value: unknown): value is Lang {
	return LANGS.some((lang) => lang === value);
}

/** Each language's name in itself, for the switcher, and its Open Graph locale. */
export const LANG_INFO: Readonly<Record<Lang, { name: string; ogLocale: string }>> = {
	en: { name: 'English', ogLocale: 'en_GB' },
	ru: { name: 'Русский', ogLocale: 'ru_RU' },
	kk: { name: 'Қазақша', ogLocale: 'kk_KZ' },
};

/** The language of a page, from Astro's `currentLocale` (taken from the URL); English for anything else. */
export function langOf(locale: string | undefined): Lang {
	return isLang(locale) ? locale : DEFAULT_LANG;
}
