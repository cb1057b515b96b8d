import type { miningLossesWords as english } from '../en/mining-losses.ts';

/** The mining-losses chart's words in Kazakh. */
export const miningLossesWords: typeof english = {
	title: 'Интернет пен электрдің өшірілуі Қазақстан майнерлеріне қаншаға түсті: бағалаулар',
	takeaway: ({ daily }) =>
		`Интернет өшірілген кездегі шығын — күніне ${daily.voi.text} (VOI хабарлаған сарапшы бағалауы) немесе WIRED келтірген жалпы сома бойынша күніне ${daily.wired.text} (біздің есебіміз); ал электрсіз қалған кезде — күніне ${daily.claim.text} (майнерлердің өз мәлімдемесі).`,
	notes: (d) => [
		`Сол сарапшының сөзін келтірген WIRED мақаласында бүкіл өшірілу кезеңі үшін ${d.totals.voi.text} емес, ${d.totals.wired.text} көрсетілген: VOI келтірген күндік көрсеткішті WIRED мәтінінен табу мүмкін болмады. ${d.daily.wired.inputs}.`,
		`Екі жақ бірдей майнерлерді қамтымайды: интернет өшірілуіне қатысты сандар Қазақстандағы бүкіл майнингке, ал қауымдастықтың саны ол өкілдік ететін тіркелген майнерлерге қатысты. Арақатынас VOI көрсеткіші бойынша ${d.ratio.voi}, ал WIRED көрсеткіші бойынша ${d.ratio.wired}.`,
		`Қаңтар бойынша: ${d.cut.inputs}, демек ${d.cut.text}. ${d.shutdown.hours} сағат — бүкіл елдегі емес, Алматыдағы интернет өшірілуінің ұзақтығы.`,
	],
	views: {
		daily: {
			label: 'Күндік шығын',
			summary: ({ daily, ratio }) =>
				`Үш күндік шығынның бағаналы диаграммасы: интернет өшірілген кезде күніне ${daily.voi.text} (VOI хабарлаған сарапшы бағалауы), WIRED келтірген жалпы соманы өшірілу кезеңіне бөлгенде күніне ${daily.wired.text} (біздің есебіміз) және электр ажыратылған кезде күніне ${daily.claim.text} (майнерлер қауымдастығының мәлімдемесі). VOI көрсеткіші қауымдастықтікінен ${ratio.voi} көп, WIRED көрсеткіші — ${ratio.wired} көп.`,
			table: ({ daily }) => ({
				columns: ['Шығын', 'Күніне, АҚШ доллары', 'Кім', 'Түрі'],
				rows: Object.values(daily).map((d) => [d.row, d.text, d.inputs, d.kind]),
			}),
		},
		cumulative: {
			label: 'Қаңтар бойы',
			summary: ({ totals, cut }) =>
				`Қаңтар айының графигі. Бүкіл интернет өшірілуі кезеңіне хабарланған жалпы сомалар: ${totals.voi.text} (${totals.voi.row}) және ${totals.wired.text} (${totals.wired.row}). Майнерлер қауымдастығы мәлімдеген күндік шығынды электр ажыратылған кезеңге шаққанда, қай күннен бастап санағанға байланысты, ${cut.text} шығады (біздің есебіміз): ${cut.ends.map((e) => e.row).join('; ')}.`,
			table: ({ totals, cut }) => ({
				columns: ['Жиыны', 'АҚШ доллары', 'Кім', 'Түрі'],
				rows: [
					...Object.values(totals).map((t) => [`Бүкіл интернет өшірілуі (${t.row})`, t.text, t.inputs, 'хабарланған бағалау']),
					...cut.ends.map((e) => [e.row, e.text, cut.inputs, 'біздің есебіміз']),
				],
			}),
		},
	},
	rows: {
		'shutdown-per-day': 'Интернет өшірілуі: VOI хабарлаған сарапшы бағалауы (барлық майнерлер)',
		'wired-per-day': 'Интернет өшірілуі: WIRED жалпы сомасы, кезеңге бөлінген (біздің есебіміз)',
		'power-cut-per-day': 'Электр ажыратылуы: майнерлер қауымдастығының мәлімдемесі (тіркелген майнерлер)',
		'shutdown-total-voi': 'VOI хабары',
		'shutdown-total-wired': 'WIRED',
	},
	perDay: (short: string) => `${short}/күн`,
	daily: (row: string, text: string, inputs: string) => `${row}: күніне ${text} (${inputs})`,
	total: (text: string, claimant: string, outlet: string) =>
		`Бүкіл интернет өшірілуі кезеңіне хабарланған жалпы сома: ${text} (${claimant}; ${outlet})`,
	tag: (short: string, outlet: string) => `${short} (${outlet})`,
	shutdown: (hours: string) => `Интернет өшірілуі (Алматы: ${hours} сағат)`,
	shutdownShort: 'Өшірілу',
	cutFrom: (start: string, who: string, end: string) => `Электр ажыратылуы, есеп кезеңі: ${start} (${who}) – ${end}`,
	cutEnd: (what: string, text: string, range: string, inputs: string) => `${what}: ${text}; жалпы аралық: ${range}. ${inputs}`,
	cut: (range: string, end: string, starts: string[]) => `Ажырату: ${range} (${starts.join(' не ')} – ${end}; біздің есебіміз)`,
	note: (claim: string) =>
		`Тікелей салыстыруға келмейді: интернет өшірілуіне қатысты сандар Қазақстанның барлық майнерлерін, ал қауымдастық мәлімдемесі (күніне ${claim}) ол өкілдік ететін тіркелген майнерлерді қамтиды.`,
};
