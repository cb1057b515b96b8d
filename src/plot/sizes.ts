// Named sizes. A chart is drawn at any width; these are the widths the server draws before any script runs.

/** Below this width a chart uses its narrow layout (fewer ticks, labels stacked, bars horizontal). */
export const NARROW_BELOW = 560;

/** The server draws each chart twice, and CSS shows the one that fits, so phones without JavaScript get a legible chart. */
export const SERVER_WIDTHS = {
	/** The narrowest chart box: a 320px phone less the page's side padding, so text is never scaled below its set size. */
	narrow: 280,
	/** Scaled from here up to the article's widest column; text grows, never shrinks. */
	wide: NARROW_BELOW,
} as const;

/** Share images: the size Open Graph and Twitter cards show uncropped. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

export function isNarrow(width: number): boolean {
	return width < NARROW_BELOW;
}
