import type { Lang } from './lang.ts';
import type { SiteWords } from './site-words.ts';
import { siteWords as en } from './en/site.ts';
import { siteWords as ru } from './ru/site.ts';
import { siteWords as kk } from './kk/site.ts';

const SITE_WORDS: Readonly<Record<Lang, SiteWords>> = { en, ru, kk };

/** The interface's words in a language. */
export function siteWordsFor(lang: Lang): SiteWords {
	return SITE_WORDS[lang];
}
