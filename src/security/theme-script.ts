import { inlineScript } from './inline-script.ts';

// The theme must be set before the first paint, so its script runs inline in <head>.
const { code, hash } = inlineScript('src/scripts/theme-init.ts');

/** theme-init.ts compiled to one minified classic script. */
export const THEME_SCRIPT = code;

/** The CSP source that allows that script. */
export const THEME_SCRIPT_HASH = hash;
