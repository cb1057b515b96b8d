// The units and bases a figure can have. A value's unit is one of these, never free text, so that a chart can
// refuse to put two different things on one axis (a share of capacity is not a share of energy).

/** What a number measures. `USD/day` is a rate; `USD` a total; `count` a number of things. */
export const UNITS = ['TWh', 'GWh', 'MW', '%', 'USD', 'USD/day', 'hours', 'PH/s', 'count'] as const;
export type Unit = (typeof UNITS)[number];

/**
 * What a percentage is a share of. Shares of electricity used (TWh over TWh, however the source words it:
 * "the market", "consumption", "demand") are one basis; a share of generating capacity (MW over MW) another;
 * `change` is a rise or fall against an earlier value of the same thing.
 */
export const SHARE_BASES = ['electricity-use', 'generating-capacity', 'generation', 'world-hashrate', 'change'] as const;
export type ShareBasis = (typeof SHARE_BASES)[number];

/** Which miners a figure about miners covers: a claim for registered miners is not an estimate for all of them. */
export const COVERAGES = ['all-miners', 'grey-miners', 'registered-miners'] as const;
export type Coverage = (typeof COVERAGES)[number];

/** The hedge a source put on its figure. */
export const QUALIFIERS = ['about', 'over', 'up to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** The unit a number is drawn in: a percentage carries its basis, so `%` of capacity and `%` of energy differ. */
export type Measure = { unit: Exclude<Unit, '%'> } | { unit: '%'; basis: ShareBasis };
