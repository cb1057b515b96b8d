// Series colours per theme. The page overrides these through CSS classes (see styles/chart.css);
// the attributes keep a downloaded SVG or a share image coloured without any stylesheet.
// Each mark colour has at least 3:1 contrast with its background, text at least 4.5:1.

export type Theme = 'light' | 'dark';

export interface Palette {
	background: string;
	text: string;
	muted: string;
	grid: string;
	primary: string;
	secondary: string;
	derived: string;
}

export const PALETTES: Record<Theme, Palette> = {
	light: {
		background: '#ffffff',
		text: '#1b1b1b',
		muted: '#595959',
		grid: '#d6d6d6',
		primary: '#b04a12',
		secondary: '#2c5f8a',
		derived: '#6b4c9a',
	},
	dark: {
		background: '#15181c',
		text: '#ececec',
		muted: '#b0b0b0',
		grid: '#3a3f46',
		primary: '#f2904f',
		secondary: '#7db4e6',
		derived: '#c3a6f0',
	},
};

export type SeriesColor = 'primary' | 'secondary' | 'derived' | 'muted' | 'text' | 'grid';
