import type { Subject } from '../plot/define-chart.ts';
import type { SourceKind } from '../schemas/source.ts';

/** Every word of the site's interface in one language: a missing one in any language is a type error. */
export interface SiteWords {
	tagline: string;
	skip: string;
	nav: { label: string; charts: string; sources: string; languages: string };
	theme: { dark: string };
	footer: (name: string) => { before: string; link: string; after: string };
	article: { by: (byline: string) => string; leadChartAlt: (title: string) => string };
	home: { read: string; more: string; everyChart: string };
	subjects: Readonly<Record<Subject, string>>;
	sourceKinds: Readonly<Record<SourceKind, string>>;
	sourceList: { speaking: (speaker: string) => string };
	articleSources: { heading: string; intro: string };
	factNotes: { heading: string; intro: string; in: string };
	chart: {
		views: string;
		embedCredit: (site: string) => string;
		data: string;
		sources: (count: number) => string;
		ownPage: string;
		credit: (credits: string) => string;
		/** What the plot says to a keyboard user when it takes focus. */
		keys: string;
		tableCaption: (title: string, view: string) => string;
	};
	share: {
		summary: string;
		copyLink: string;
		share: string;
		chartPage: string;
		embedLabel: string;
		copyEmbed: string;
		download: string;
		dataCsv: string;
		dataJson: string;
		image: (format: string) => string;
		linkCopied: string;
		embedCopied: string;
		copyBlocked: string;
	};
	chartPage: {
		kicker: string;
		shows: string;
		method: string;
		ours: string;
		caveats: string;
		sources: string;
		usedIn: string;
		unused: string;
	};
	chartsIndex: { title: string; description: string; kicker: string; heading: string; dek: string };
	sources: {
		title: string;
		description: string;
		heading: string;
		dek: string;
		datasets: string;
		unit: string;
		figures: string;
		kinds: string;
		download: string;
		and: string;
		withOurs: (chart: string) => string;
		method: string;
		caveats: string;
		sources: string;
		usedIn: string;
		chart: string;
		article: string;
		/** The unit of a dataset of events. */
		eventTimes: string;
	};
	notFound: { title: string; description: string; heading: string; intro: string; articles: string; charts: string; back: string };
	/** The note at the head of a chart's JSON download. */
	dataNote: string;
	/** Our calculations, as the fact notes and downloads name them. */
	ourCalculation: string;
	/** The CSV download's column headers, in order. */
	csvColumns: readonly string[];
}
