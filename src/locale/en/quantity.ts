import type { QuantityWords } from '../quantity-words.ts';
import { calculationWords } from './calculations.ts';

const BOUNDS = {
	lower: { strict: 'over', inclusive: 'at least' },
	upper: { strict: 'under', inclusive: 'up to' },
} as const;

/** How figures are quoted in English. */
export const quantityWords: QuantityWords = {
	kind: {
		claim: 'claim',
		estimate: 'estimate',
		'official-statistic': 'official figure',
		'press-report': 'press report',
		calculation: 'our calculation',
	},
	coverage: {
		'all-miners': 'all miners',
		'grey-miners': 'unregistered (grey) miners only',
		'registered-miners': 'registered miners only',
	},
	basis: {
		'electricity-use': 'electricity used',
		'generating-capacity': 'generating capacity',
		generation: 'electricity generated',
		'world-hashrate': "the world's hashrate",
		change: 'change',
	},
	hedged: (figure, bound, approximate) => {
		const words = [bound ? BOUNDS[bound.side][bound.strict ? 'strict' : 'inclusive'] : '', approximate ? 'about' : ''].filter(Boolean);
		return [...words, figure].join(' ');
	},
	units: { TWh: 'TWh', GWh: 'GWh', MW: 'MW', 'PH/s': 'PH/s' },
	percentOf: (basis) => `% of ${basis}`,
	times: (value) => `${value} times`,
	dollars: (value) => `$${value}`,
	millions: (value) => `$${value} million`,
	billions: (value) => `$${value} billion`,
	eventHedge: { about: (time) => `about ${time}`, by: (time) => `by ${time}` },
	zoneTime: (time, zone, utc) => `${time} ${zone === 'Asia/Almaty' ? 'Almaty' : 'Tashkent'} time (${utc} UTC)`,
	range: (from, to) => `${from} to ${to}`,
	calc: calculationWords,
	ours: (inputs) => `Our calculation: ${inputs}`,
};
