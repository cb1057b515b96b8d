import { z } from 'astro/zod';
import { PartialDateSchema, SOURCE_KINDS, SourceSchema } from './source.ts';
import { COVERAGES, QUALIFIERS, SHARE_BASES, UNITS } from './units.ts';

const KebabSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');

const BaseSchema = z.strictObject({
	id: KebabSchema,
	title: z.string().min(1),
	description: z.string().min(1),
	/** A short credit line naming who the figures come from, for captions, embeds and share images. */
	credit: z.string().min(1).max(120),
	/** How the figures were gathered or transformed before they reached this file. */
	method: z.string().min(1),
	caveats: z.array(z.string().min(1)).default([]),
	sources: z.array(SourceSchema).min(1, 'needs at least one source'),
});

/** The message for a negative value in a series that is not `signed`. */
export const NEGATIVE_VALUE_MESSAGE =
	'a load or amount cannot be negative (a series whose sign has a meaning, such as net imports, says "signed": true)';

/**
 * A series' values. Negative only where the dataset is `signed` (checked with the whole dataset, below):
 * net imports are negative in the years a country exported more than it imported.
 */
const SeriesValueSchema = z.number();

/** Whether the series' values may be negative, and the sign carries a meaning the description states. */
const SignedSchema = z.boolean().optional();

const AnnualRowSchema = z.strictObject({
	year: z.int().min(1900).max(2100),
	value: SeriesValueSchema,
	source: KebabSchema,
});

const MonthlyRowSchema = z.strictObject({
	month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM'),
	value: SeriesValueSchema,
	source: KebabSchema,
});

const EstimateRowSchema = z.strictObject({
	id: KebabSchema,
	label: z.string().min(1),
	value: z.number(),
	/** The top of a range, where the source gave one ("1,000-1,200 MW"). */
	valueMax: z.number().optional(),
	qualifier: z.enum(QUALIFIERS).optional(),
	unit: z.enum(UNITS),
	/** What a percentage is a share of; required for `%`, refused for other units. */
	basis: z.enum(SHARE_BASES).optional(),
	/** Which miners a figure about miners covers. */
	coverage: z.enum(COVERAGES).optional(),
	/** Who said it: a person or body, named as the source names them. */
	claimant: z.string().min(1),
	kind: z.enum(SOURCE_KINDS),
	date: PartialDateSchema,
	/** The dates the figure applies to, where it applies to a period. */
	period: z.strictObject({ start: PartialDateSchema, end: PartialDateSchema }).optional(),
	source: KebabSchema,
});

/** An instant in UTC to the minute ("2022-01-25T05:59Z"), or a local day or month where the source gives no time. */
const EventTimeSchema = z
	.string()
	.regex(
		/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\dZ)?)?$/,
		'must be YYYY-MM, YYYY-MM-DD, or YYYY-MM-DDTHH:MMZ (UTC)'
	);

const EventRowSchema = z.strictObject({
	id: KebabSchema,
	label: z.string().min(1),
	start: EventTimeSchema,
	/** Where the event lasted: its end, as precise as the source gives it. */
	end: EventTimeSchema.optional(),
	/** "about" where the source gave the time roughly; "by" where it gave a deadline that was met. */
	qualifier: z.enum(['about', 'by']).optional(),
	/** The zone the time is told in: the place the event happened (Asia/Almaty was UTC+6 in January 2022). */
	timeZone: z.enum(['Asia/Almaty', 'Asia/Tashkent']).default('Asia/Almaty'),
	claimant: z.string().min(1),
	kind: z.enum(SOURCE_KINDS),
	source: KebabSchema,
});

const UnitSchema = z.enum(UNITS).exclude(['%']);

/** A series of yearly values, strictly ascending by year. */
export const AnnualDatasetSchema = BaseSchema.extend({
	shape: z.literal('annual'),
	unit: UnitSchema,
	signed: SignedSchema,
	rows: z.array(AnnualRowSchema).min(2),
});

/** A series of monthly values, strictly ascending by month. */
export const MonthlyDatasetSchema = BaseSchema.extend({
	shape: z.literal('monthly'),
	unit: UnitSchema,
	signed: SignedSchema,
	rows: z.array(MonthlyRowSchema).min(2),
});

/** Separate figures, each with who gave it: claims and estimates side by side. */
export const EstimatesDatasetSchema = BaseSchema.extend({
	shape: z.literal('estimates'),
	rows: z.array(EstimateRowSchema).min(1),
});

/** Dated events, each sourced: a timeline's instants and intervals, and every time or date the prose quotes. */
export const EventsDatasetSchema = BaseSchema.extend({
	shape: z.literal('events'),
	rows: z.array(EventRowSchema).min(1),
});

export const DatasetSchema = z
	.discriminatedUnion('shape', [AnnualDatasetSchema, MonthlyDatasetSchema, EstimatesDatasetSchema, EventsDatasetSchema])
	.superRefine((dataset, ctx) => {
		const sourceIds = new Set<string>();
		dataset.sources.forEach((source, i) => {
			if (sourceIds.has(source.id)) {
				ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate source id "${source.id}"` });
			}
			sourceIds.add(source.id);
		});
		const keys = dataset.rows.map((row) => rowKey(row));
		dataset.rows.forEach((row, i) => {
			if (!sourceIds.has(row.source)) {
				ctx.addIssue({ code: 'custom', path: ['rows', i, 'source'], message: `names no source in "sources": "${row.source}"` });
			}
			if ((dataset.shape === 'annual' || dataset.shape === 'monthly') && dataset.signed !== true && 'value' in row && row.value < 0) {
				ctx.addIssue({ code: 'custom', path: ['rows', i, 'value'], message: NEGATIVE_VALUE_MESSAGE });
			}
			if ('valueMax' in row && row.valueMax !== undefined && row.valueMax < row.value) {
				ctx.addIssue({ code: 'custom', path: ['rows', i, 'valueMax'], message: 'must not be below value' });
			}
			if ('unit' in row && (row.unit === '%') !== (row.basis !== undefined)) {
				const message = row.unit === '%' ? 'is required for a percentage: say what it is a share of' : 'is only for percentages';
				ctx.addIssue({ code: 'custom', path: ['rows', i, 'basis'], message });
			}
			if ('end' in row && row.end !== undefined && row.end < row.start.slice(0, row.end.length)) {
				ctx.addIssue({ code: 'custom', path: ['rows', i, 'end'], message: 'must not be before start' });
			}
			const previous = keys[i - 1];
			const key = keys[i] as string;
			if (keys.indexOf(key) !== i) {
				ctx.addIssue({ code: 'custom', path: ['rows', i], message: `duplicate row "${key}"` });
			} else if ((dataset.shape === 'annual' || dataset.shape === 'monthly') && previous !== undefined && key < previous) {
				ctx.addIssue({ code: 'custom', path: ['rows', i], message: `rows must be in ascending order: "${key}" comes after "${previous}"` });
			}
		});
	});

function rowKey(row: Dataset['rows'][number]): string {
	if ('year' in row) return String(row.year);
	if ('month' in row) return row.month;
	return row.id;
}

export type Dataset = z.output<typeof DatasetSchema>;
export type AnnualDataset = z.output<typeof AnnualDatasetSchema>;
export type MonthlyDataset = z.output<typeof MonthlyDatasetSchema>;
export type EstimatesDataset = z.output<typeof EstimatesDatasetSchema>;
export type EstimateRow = EstimatesDataset['rows'][number];
export type EventsDataset = z.output<typeof EventsDatasetSchema>;
export type EventRow = EventsDataset['rows'][number];
