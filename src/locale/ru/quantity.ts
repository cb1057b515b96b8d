import type { QuantityWords } from '../quantity-words.ts';
import { calculationWords } from './calculations.ts';

const BOUNDS = {
	lower: { strict: 'более', inclusive: 'не менее' },
	upper: { strict: 'менее', inclusive: 'до' },
} as const;

/** How figures are quoted in Russian. */
export const quantityWords: QuantityWords = {
	kind: {
		claim: 'заявление',
		estimate: 'оценка',
		'official-statistic': 'официальные данные',
		'press-report': 'сообщение СМИ',
		calculation: 'наш расчёт',
	},
	coverage: {
		'all-miners': 'все майнеры',
		'grey-miners': 'только незарегистрированные («серые») майнеры',
		'registered-miners': 'только зарегистрированные майнеры',
	},
	basis: {
		'electricity-use': 'потреблённой электроэнергии',
		'generating-capacity': 'генерирующей мощности',
		generation: 'выработанной электроэнергии',
		'world-hashrate': 'мирового хешрейта',
		change: 'изменение',
	},
	// «примерно», not «около»: it reads before a preposition too ("примерно в 4,8 раза", "примерно до 1 ГВт").
	hedged: (figure, bound, approximate) => {
		if (!bound) return approximate ? `примерно ${figure}` : figure;
		const words = BOUNDS[bound.side][bound.strict ? 'strict' : 'inclusive'];
		return `${approximate ? 'примерно ' : ''}${words} ${figure}`;
	},
	units: { TWh: 'ТВт·ч', GWh: 'ГВт·ч', MW: 'МВт', 'PH/s': 'ПХ/с' },
	percentOf: (basis) => `% ${basis}`,
	times: (value) => `в ${value} раза`,
	dollars: (value) => `${value} долл.`,
	millions: (value) => `${value} млн долл.`,
	billions: (value) => `${value} млрд долл.`,
	eventHedge: { about: (time) => `около ${time}`, by: (time) => `к ${time}` },
	zoneTime: (time, zone, utc) => `${time} по времени ${zone === 'Asia/Almaty' ? 'Алматы' : 'Ташкента'} (${utc} UTC)`,
	range: (from, to) => `с ${from} до ${to}`,
	calc: calculationWords,
	ours: (inputs) => `Наш расчёт: ${inputs}`,
};
