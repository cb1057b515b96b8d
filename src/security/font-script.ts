import { inlineScript } from './inline-script.ts';

// A page's first-screen fonts ride in the page and must be handed to the browser before its first layout, so the
// script that does it runs inline in <head>, after them.
const { code, hash } = inlineScript('src/scripts/inline-fonts.ts');

/** inline-fonts.ts compiled to one minified classic script. */
export const FONT_SCRIPT = code;

/** The CSP source that allows that script. */
export const FONT_SCRIPT_HASH = hash;
