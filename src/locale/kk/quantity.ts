import type { QuantityWords } from '../quantity-words.ts';
import { calculationWords } from './calculations.ts';
import { ablative, dative } from './suffix.ts';

const BOUNDS = {
	lower: { strict: 'астам', inclusive: 'кемінде' },
	upper: { strict: 'кем', inclusive: 'дейін' },
} as const;

/** How figures are quoted in Kazakh. */
export const quantityWords: QuantityWords = {
	kind: {
		claim: 'мәлімдеме',
		estimate: 'бағалау',
		'official-statistic': 'ресми дерек',
		'press-report': 'БАҚ хабары',
		calculation: 'біздің есебіміз',
	},
	coverage: {
		'all-miners': 'барлық майнерлер',
		'grey-miners': 'тек тіркелмеген («сұр») майнерлер',
		'registered-miners': 'тек тіркелген майнерлер',
	},
	basis: {
		'electricity-use': 'тұтынылған электр энергиясының',
		'generating-capacity': 'генерациялаушы қуаттың',
		generation: 'өндірілген электр энергиясының',
		'world-hashrate': 'әлемдік хешрейттің',
		change: 'өзгеріс',
	},
	// Bounds follow the figure, with its case ending: "1 000 МВт-тан астам", "1 ГВт-қа дейін"; "кемінде" and "шамамен" precede it.
	hedged: (figure, bound, approximate) => {
		const about = approximate ? 'шамамен ' : '';
		if (!bound) return `${about}${figure}`;
		// The words alone, for a table's column.
		if (!figure) return `${about}${BOUNDS[bound.side][bound.strict ? 'strict' : 'inclusive']}`;
		if (bound.side === 'lower') return bound.strict ? `${about}${ablative(figure)} астам` : `${about}кемінде ${figure}`;
		return bound.strict ? `${about}${ablative(figure)} кем` : `${about}${dative(figure)} дейін`;
	},
	units: { TWh: 'ТВт·сағ', GWh: 'ГВт·сағ', MW: 'МВт', 'PH/s': 'ПХ/с' },
	percentOf: (basis) => `${basis} үлесі, %`,
	times: (value) => `${value} есе`,
	dollars: (value) => `${value} доллар`,
	millions: (value) => `${value} млн доллар`,
	billions: (value) => `${value} млрд доллар`,
	eventHedge: { about: (time) => `шамамен ${time}`, by: (time) => `${dative(time)} дейін` },
	zoneTime: (time, zone, utc) => `${zone === 'Asia/Almaty' ? 'Алматы' : 'Ташкент'} уақытымен ${time} (UTC бойынша ${utc})`,
	range: (from, to) => `${from} – ${to}`,
	calc: calculationWords,
	ours: (inputs) => `Біздің есебіміз: ${inputs}`,
};
