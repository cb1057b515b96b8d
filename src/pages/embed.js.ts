import type { APIRoute } from 'astro';
import source from '../scripts/embed-host.ts?raw';
import { compileScript } from '../share/browser-script.ts';

export const GET: APIRoute = () => compileScript(source);
