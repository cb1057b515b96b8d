import type { GridLoadData } from '../../charts/grid-load.ts';
import type { Formatter } from '../format.ts';
import type { gridLoadWords as english } from '../en/grid-load.ts';

const without = (data: GridLoadData) => data.mining.map((s) => s.text).join(' немесе ');

/** The grid-load chart's words in Kazakh: what it says, and the labels its selection makes. */
export const gridLoadWords: typeof english = {
	title: 'Майнерлер келген жылы Қазақстанда электр энергиясына сұраныс күрт өсті',
	takeaway: (d) =>
		`${d.miningYear} жылы сұраныстың өсімі ${d.growth} болды — бұл ${d.since} жылдан бергі ең жоғары көрсеткіш. Бағалаулар бойынша барлық майнерлердің жүктемесі жыл бойы жұмыс істесе, ${d.mining.map((s) => s.energy).join(' немесе ')} болар еді, ал сұраныстың өсімі ${d.added} болды (біздің есебіміз; бұл асыра көрсетеді, өйткені майнерлер жыл ішінде келді).`,
	notes: (d, f) => [
		`Біздің есебіміз: жыл бойы жұмыс істейтін L мегаватт жүктеме L × ${f.number(d.hoursPerYear, 0)} МВт·сағ тұтынады. ${d.mining.map((s) => `${s.inputs}: ${s.text}`).join('. ')}. Тек барлық майнерлерге қатысты бағалаулар алынды: майнерлер қауымдастығының бағалауы тек сұр майнерлерді қамтиды.`,
	],
	views: {
		demand: {
			label: 'Жылдар бойынша',
			summary: (d, f) =>
				`Қазақстандағы электр энергиясына сұраныстың сызықтық графигі, ${d.annual[0]?.x}–${d.annual.at(-1)?.x} жылдар: сұраныс ${f.number(d.annual[0]?.value ?? NaN)} ТВт·сағ деңгейінен ${f.number(d.annual.at(-1)?.value ?? NaN)} ТВт·сағ деңгейіне дейін өсті. ${d.miningYear} жылы сұраныстың өсімі ${d.growth} болды, сұраныс ${f.number(d.demand)} ТВт·сағ-қа жетті. Бағалаулар бойынша барлық майнерлердің жыл бойғы жүктемесін шегергенде, сұраныс ${without(d)} болар еді (біздің есебіміз).`,
			table: (d, f) => ({
				columns: ['Жыл', 'Сұраныс (ТВт·сағ)'],
				rows: [
					...d.annual.map((p) => [f.year(p.x), f.number(p.value, 2)]),
					...d.mining.map((s) => [`${d.miningYear}, майнингсіз: ${s.inputs}`, s.text]),
				],
			}),
		},
		monthly: {
			label: 'Айлар бойынша',
			summary: (d, f) => {
				const latest = d.monthly.at(-1);
				return `Қазақстандағы электр энергиясын айлық тұтынудың сызықтық графигі, ${d.monthly.map((s) => s.year).join(' және ')} жылдар. Қыс айларында тұтыну ең жоғары: ${latest?.year} жылы қаңтарда ${f.number(latest?.values.find((v) => v.x === 1)?.value ?? NaN, 0)} ГВт·сағ тұтынылды, ал ең төменгі айлық көрсеткіш ${f.number(Math.min(...(latest?.values.map((v) => v.value) ?? [])), 0)} ГВт·сағ болды.`;
			},
			table: (d, f) => ({
				columns: ['Ай', ...d.monthly.map((s) => `${s.year} (ГВт·сағ)`)],
				rows: Array.from({ length: 12 }, (_, i) => [
					f.monthShort(i + 1),
					...d.monthly.map((s) => f.number(s.values.find((v) => v.x === i + 1)?.value ?? NaN)),
				]),
			}),
		},
	},
	year: (f: Formatter, year: number, twh: number) => `${f.year(year)}: ${f.number(twh)} ТВт·сағ`,
	month: (f: Formatter, month: number, year: number, gwh: number) => `${year} ж. ${f.monthShort(month)}: ${f.number(gwh, 0)} ГВт·сағ`,
	without: (year: number, text: string, inputs: string) => `${year} жылғы сұраныс майнингсіз: ${text} (${inputs})`,
	legend: (year: number) => `${year} жылғы сұраныс, барлық майнерлердің бағаланған жүктемесінсіз (біздің есебіміз)`,
};
