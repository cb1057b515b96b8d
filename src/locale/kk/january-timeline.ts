import type { JanuaryTimelineData } from '../../charts/january-timeline.ts';
import type { Formatter } from '../format.ts';
import type { januaryTimelineWords as english } from '../en/january-timeline.ts';

// A day without its year: Kazakh puts the year first ("2022 ж. 24 қаңтар" -> "24 қаңтар"); a year at the end goes too.
const day = (d: JanuaryTimelineData, id: string, f: Formatter) => {
	const e = all(d).find((x) => x.id === id);
	return e
		? f
				.date(e.datetime.slice(0, 10))
				.replace(/^\d{4}\s*ж\.\s*/, '')
				.replace(/\s*\d{4}$/, '')
		: id;
};
const all = (d: JanuaryTimelineData) => [...d.spans, ...d.instants].sort((a, b) => a.from - b.from);

/** The january-timeline chart's words in Kazakh. */
export const januaryTimelineWords: typeof english = {
	title: '2022 жылғы қаңтар: интернеттің өшірілуі, майнерлердің ажыратылуы және блэкаут бір уақыт сызығында',
	takeaway: (d, f) =>
		`Интернет бірнеше күнге өшірілді, майнерлер ${day(d, 'cutoff', f)} күнінен бастап электрсіз қалды (өздерінің айтуынша, ${day(d, 'nabdc-cut-start', f)} күнінен бастап), ал блэкаут ${day(d, 'blackout-start', f)} күні болды.`,
	notes: (d) => [
		`Уақыт Алматы уақытымен берілген (2022 жылғы қаңтарда UTC+${d.offsetHours}). Дереккөздер уақытын көрсетпей, тек күнін берген оқиғалар жергілікті түн ортасынан келесі түн ортасына дейін сызылған. Диаграмма астындағы тізімде әр оқиғаның уақыты UTC бойынша да берілген.`,
	],
	views: {
		timeline: {
			label: '2022 ж. қаңтар',
			summary: (d) =>
				`2022 жылғы қаңтар хронологиясы, ${all(d).length} оқиға: ${all(d)
					.map((e) => `${e.tag} (${e.when})`)
					.join('; ')}.`,
			table: (d) => ({
				columns: ['Қашан', 'Не болды', 'Кімнің мәліметі'],
				rows: all(d).map((e) => [e.when, e.what, e.claimant]),
			}),
		},
	},
	list: (d) => all(d).map((e) => ({ datetime: e.datetime, when: e.when, text: e.what })),
	rows: { internet: 'Интернет', miners: 'Майнерлерге электр', grid: 'Энергия жүйесі' },
	label: (what: string, when: string, who: string) => `${what}: ${when} (${who})`,
	tag: (id: string, day: string) =>
		({
			'internet-shutdown': `Интернет өшірілді, ${day}`,
			'internet-partly-back': `Ішінара қосылды, ${day}`,
			'nabdc-cut-start': `Майнерлер: ажырату басы — ${day}`,
			'cutoff-memo': `Хат, ${day}`,
			cutoff: `Ажырату басы — ${day}`,
			'cutoff-extended': 'Ұзартылды',
			'blackout-start': `Блэкаут, ${day}`,
			'kegoc-not-miners': `KEGOC: майнерлер емес, ${day}`,
		})[id] ?? id,
	colors: { 'nabdc-cut-start': 'muted', 'cutoff-extended': 'muted', 'kegoc-not-miners': 'muted' },
};
