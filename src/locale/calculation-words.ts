/** How our calculations name their inputs, in a language: the attribution beside every figure we computed. */
export interface CalculationWords {
	/** Whose load estimate it is, as an owner: "the Energy Ministry's", "NABDC's". */
	whose: (who: 'ministry' | 'nabdc' | 'kegoc' | 'other', claimant: string) => string;
	/** The ministry's two parts, summed. */
	sum: (grey: string, registered: string) => string;
	/** A load run for a year's hours. */
	runAllYear: (whose: string, load: string, hours: string) => string;
	/** A load run all year over a year's demand; `covers` names the miners it covers, if it says. */
	shareOfDemand: (whose: string, load: string, covers: string | undefined, year: number) => string;
	/** A year's demand less a load run all year. */
	demandLess: (year: number, whose: string, load: string) => string;
	/** The association's daily figure from each start to the end. */
	powerCutTotal: (rate: string, memo: string, claimed: string, end: string) => string;
	/** The association's daily figure from one start, named by who gave it, to the end. */
	powerCutFrom: (rate: string, start: string, who: string, end: string) => string;
	/** Who gave each start of the power cut. */
	memo: string;
	association: string;
	/** WIRED's total over Almaty's hours of shutdown. */
	wiredPerDay: (total: string, hours: string) => string;
	lossRatio: string;
	lossRatioWired: string;
	/** Demand growth between two years. */
	growth: (from: number, to: number) => string;
	fastestSince: (year: number) => string;
	demandAdded: (from: number, to: number) => string;
}
