// The site's editions as the tests see them: every page exists in each language, English at the root.
import { DEFAULT_LANG, LANGS, type Lang } from '../../src/locale/lang.ts';

export { LANGS, DEFAULT_LANG, type Lang };

/** The languages other than English. */
export const OTHER_LANGS = LANGS.filter((lang): lang is Exclude<Lang, 'en'> => lang !== DEFAULT_LANG);

/** A root-relative path in a language's edition: "/charts/x/" -> "/ru/charts/x/". */
export function inEdition(path: string, lang: Lang): string {
	return lang === DEFAULT_LANG ? path : `/${lang}${path}`;
}
