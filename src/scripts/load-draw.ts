import type { ChartDraw } from '../plot/draw.ts';

// Each chart file's `draw` export only: the bundler leaves out the rest of the file (its data selection,
// tables and words), which the page already has in its HTML.
const DRAWS = import.meta.glob<ChartDraw<unknown>>(['../charts/*.ts', '!../charts/index.ts'], { import: 'draw' });

/** The drawing of chart `id`, or undefined for an id the site does not have. */
export function loadDraw(id: string): Promise<ChartDraw<unknown>> | undefined {
	return DRAWS[`../charts/${id}.ts`]?.();
}
