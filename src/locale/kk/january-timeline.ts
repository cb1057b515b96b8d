import type { JanuaryTimelineData } from '../../charts/january-timeline.ts';
import type { januaryTimelineWords as english } from '../en/january-timeline.ts';

const all = (d: JanuaryTimelineData) => [...d.spans, ...d.instants].sort((a, b) => a.from - b.from);

/** The january-timeline chart's words in Kazakh. */
export const januaryTimelineWords: typeof english = {
	title: '2022 жылғы қаңтар: интернеттің өшірілуі, майнерлердің ажыратылуы және блэкаут бір уақыт сызығында',
	takeaway: (d) =>
		`Интернет бірнеше күнге өшірілді, майнерлер ${d.days['cutoff']} күнінен бастап электрсіз қалды (өздерінің айтуынша, ${d.days['nabdc-cut-start']} күнінен бастап), ал блэкаут ${d.days['blackout-start']} күні болды.`,
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
