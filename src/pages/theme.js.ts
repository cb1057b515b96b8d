import type { APIRoute } from 'astro';
import source from '../scripts/theme-init.ts?raw';
import { compileScript } from '../utils/browser-script.ts';

export const GET: APIRoute = () => compileScript(source);
