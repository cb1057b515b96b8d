import { transform } from 'esbuild';

/** TypeScript source compiled to one minified classic script, for files served at fixed URLs (/embed.js). */
export async function compileScript(source: string): Promise<Response> {
	const { code } = await transform(source, { loader: 'ts', minify: true, target: 'es2019', format: 'iife' });
	return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
