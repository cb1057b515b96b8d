import type { JanuaryTimelineData } from '../../charts/january-timeline.ts';
import type { januaryTimelineWords as english } from '../en/january-timeline.ts';

const all = (d: JanuaryTimelineData) => [...d.spans, ...d.instants].sort((a, b) => a.from - b.from);

/** The january-timeline chart's words in Russian. */
export const januaryTimelineWords: typeof english = {
	title: 'Январь 2022\u00a0года: отключение интернета, обесточивание майнеров и\u00a0блэкаут на одной шкале времени',
	takeaway: (d) =>
		`Интернет не работал несколько дней, майнеры остались без электричества с\u00a0${d.days['cutoff']} (по их собственным словам\u00a0— с\u00a0${d.days['nabdc-cut-start']}), а\u00a0${d.days['blackout-start']} произошёл блэкаут.`,
	notes: (d) => [
		`Время указано так, как его показывали часы в\u00a0Алматы (в\u00a0январе 2022\u00a0года\u00a0— UTC+${d.offsetHours}). Дни, для которых источники не называют времени, показаны от полуночи до полуночи по местному времени. В\u00a0списке под графиком время каждого события указано также по UTC.`,
	],
	views: {
		timeline: {
			label: 'Январь 2022',
			summary: (d) =>
				`Хронология января 2022\u00a0года (событий: ${all(d).length}): ${all(d)
					.map((e) => `${e.tag} (${e.when})`)
					.join('; ')}.`,
			table: (d) => ({
				columns: ['Когда', 'Что', 'Кто это утверждает'],
				rows: all(d).map((e) => [e.when, e.what, e.claimant]),
			}),
		},
	},
	rows: { internet: 'Интернет', miners: 'Питание майнеров', grid: 'Энергосеть' },
	label: (what: string, when: string, who: string) => `${what}: ${when} (${who})`,
	tag: (id: string, day: string) =>
		({
			'internet-shutdown': `Интернет отключён, ${day}`,
			'internet-partly-back': `Частично вернулся, ${day}`,
			'nabdc-cut-start': `Майнеры: без тока с\u00a0${day}`,
			'cutoff-memo': `Письмо, ${day}`,
			cutoff: `Отключение с\u00a0${day}`,
			'cutoff-extended': 'Продлено',
			'blackout-start': `Блэкаут, ${day}`,
			'kegoc-not-miners': `KEGOC: не майнеры, ${day}`,
		})[id] ?? id,
	colors: { 'nabdc-cut-start': 'muted', 'cutoff-extended': 'muted', 'kegoc-not-miners': 'muted' },
};
