import type { GrowthData } from '../../charts/growth-claims.ts';
import type { growthClaimsWords as english } from '../en/growth-claims.ts';
import { quantityWords } from './quantity.ts';

const find = (d: GrowthData, id: string) => d.figures.find((f) => f.id === id);

/** The growth-claims chart's words in Kazakh. */
export const growthClaimsWords: typeof english = {
	title: '2021 жылы Қазақстанда электр тұтыну қаншалықты жылдам өсті? Кім айтқанына байланысты',
	takeaway: (d) =>
		`Қарашада шенеуніктер өсімді ${find(d, 'zhurebekov-2021')?.text} деп атады, министр бүкіл жыл үшін ${find(d, 'mirzagaliyev-full-year')?.text} деді; Ember деректерінен ${find(d, 'growth-2021')?.text} шығады (біздің есебіміз). KEGOC есебінше, тоғыз айда тек оңтүстіктің өзінде өсім ${find(d, 'kegoc-south-9m')?.text} болды.`,
	notes: () => [
		'Әр баған — тұтынудың өсімі, яғни алдыңғы жылға қатысты пайыздық өзгеріс: көрсеткіштер бір-бірімен салыстыруға келеді. Бірақ кезеңдері бірдей емес: шенеуніктердің сандары 2021 жыл ішінде немесе одан кейін айтылған, аймақтардікі тек қаңтар–қыркүйекті қамтиды, ал бір аймақ — бүкіл ел емес. Біздің көрсеткіш Ember деректеріндегі 2021 жылғы сұранысты 2020 жылғыға бөлу арқылы алынды.',
	],
	views: {
		claims: {
			label: '2021 жылғы өсім',
			summary: (d) =>
				`Қазақстанда 2021 жылы электр тұтыну өсімі туралы ${d.figures.length} көрсеткіштің бағаналы диаграммасы: ${d.figures.map((f) => `${f.row}, ${f.text}`).join('; ')}.`,
			table: (d) => ({
				columns: ['Кім және нені қамтиды', 'Өсім', 'Түрі'],
				rows: d.figures.map((f) => [`${f.group}: ${f.row}`, f.text, quantityWords.kind[f.kind]]),
			}),
		},
	},
	groups: {
		country: 'Бүкіл ел, 2021 жыл',
		zones: 'Желінің бір аймағы, 2021 ж. қаңтар–қыркүйек (KEGOC)',
		norm: 'Салыстыру үшін: қалыпты жыл',
	},
	rows: {
		'zhurebekov-2021': 'Энергетика бірінші вице-министрі Жөребеков, қараша',
		'ministry-2021': 'Энергетика министрлігі, The Diplomat-қа, қазан',
		'mirzagaliyev-oct-2021': 'Энергетика министрі Мырзағалиев, қазан',
		'mirzagaliyev-full-year': 'Энергетика министрі Мырзағалиев, бүкіл жыл, желтоқсан',
		'growth-2021': 'Ember сұранысы: 2021 ж. / 2020 ж.',
		'kegoc-south-9m': 'Оңтүстік аймақ',
		'kegoc-west-9m': 'Батыс аймақ',
		'kegoc-north-9m': 'Солтүстік аймақ',
		'zhurebekov-norm': 'Қалыпты өсім, Жөребеков айтуынша',
	},
	label: (what: string, text: string, who: string) => `${what}: ${text} (${who})`,
	note: 'Алдыңғы жылға қатысты өсім. Мәлімдемелер — қызғылт сары, біздің есебіміз — үзік сызық.',
};
