// fontverter ships no types: the one function the tests call, as its README documents it.
declare module 'fontverter' {
	export function convert(buffer: Uint8Array, toFormat: 'truetype' | 'sfnt' | 'woff' | 'woff2', fromFormat?: string): Promise<Buffer>;
}
