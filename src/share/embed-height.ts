import { CHARTS, type ChartId } from '../charts/index.ts';
import { heightFor } from '../plot/draw.ts';

/** Room the embed page takes around its chart (title, credit, view buttons), for the first height of an iframe. */
const EMBED_CHROME = 150;
/** The width an embed is assumed to have before it reports its own height. */
const EMBED_WIDTH = 640;

/** A first height for an embed of this chart. */
export function embedHeight(id: ChartId): number {
	return heightFor(CHARTS[id].draw, EMBED_WIDTH) + EMBED_CHROME;
}
