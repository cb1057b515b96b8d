// subset-font 2.9's options as its README documents them; @types/subset-font stops at 2.3, before `keepFeatures`.
declare module 'subset-font' {
	interface SubsetFontOptions {
		targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
		/** Four-character OpenType feature tags to keep; by default every feature is kept. */
		keepFeatures?: string[];
	}

	/** The font in `buffer` cut to the characters of `text`. */
	function subsetFont(buffer: Buffer, text: string, options?: SubsetFontOptions): Promise<Buffer>;

	export = subsetFont;
}
