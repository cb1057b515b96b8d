import type { SourceKind } from '../schemas/source.ts';
import type { Coverage, ShareBasis } from '../schemas/units.ts';
import type { Bound } from '../data/hedge.ts';
import type { CalculationWords } from './calculation-words.ts';

/** The words a figure is quoted with in a language: its kind, coverage and basis, its hedge, and the units Intl has no name for. */
export interface QuantityWords {
	/** What kind of figure it is, in a few words, beside it in charts and tables. */
	kind: Readonly<Record<SourceKind | 'calculation', string>>;
	/** Which miners a figure covers. */
	coverage: Readonly<Record<Coverage, string>>;
	/** What a share is of. */
	basis: Readonly<Record<ShareBasis, string>>;
	/** A figure with its hedge: a bound ("over", "up to"), "about", or both ("up to about 1,000 MW"). */
	hedged: (figure: string, bound: Bound | undefined, approximate: boolean) => string;
	/** Energy and power units (Intl has none): "TWh", "ТВт·ч". */
	units: Readonly<Record<'TWh' | 'GWh' | 'MW' | 'PH/s', string>>;
	/** A unit that is a share of something: "% of electricity used". */
	percentOf: (basis: string) => string;
	/** A ratio: "4.8 times". */
	times: (value: string) => string;
	/** Money in words, from a figure already formatted: "$750,000", "$4.8 million", "4,8 млн долл.". */
	dollars: (value: string) => string;
	millions: (value: string) => string;
	billions: (value: string) => string;
	/** An event's time with its hedge, in the words of the qualifier the source used ("about 16:30", "by 16:00"). */
	eventHedge: Readonly<Record<'about' | 'by', (time: string) => string>>;
	/** A time on a city's clock, with UTC beside it: "11:59 Almaty time (05:59 UTC)". */
	zoneTime: (time: string, zone: 'Asia/Almaty' | 'Asia/Tashkent', utc: string) => string;
	/** An interval of two times or dates: "… to …". */
	range: (from: string, to: string) => string;
	/** How our calculations name their inputs. */
	calc: CalculationWords;
	/** Our calculation, naming its inputs: "Our calculation: …". */
	ours: (inputs: string) => string;
}
