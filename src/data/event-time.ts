// Times and dates of events, told in the zone where they happened. Stored in UTC; Intl's time-zone data knows
// that Asia/Almaty was UTC+6 in January 2022 (it moved to UTC+5 in 2024), so no offset is written by hand.

import type { EventRow } from '../schemas/dataset.ts';
import { EN, type Formatter } from '../locale/format.ts';

const FORMATS = new Map<string, Intl.DateTimeFormat>();

function partsIn(timeZone: string, instant: Date): Record<string, string> {
	let format = FORMATS.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-GB', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
		});
		FORMATS.set(timeZone, format);
	}
	return Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
}

/** An event time as the local day ("2022-01-25") and, where the source gave one, the local time ("11:59"). */
export function localTime(time: string, timeZone: EventRow['timeZone']): { date: string; time?: string } {
	if (!time.includes('T')) return { date: time };
	const p = partsIn(timeZone, new Date(time.replace('Z', ':00Z')));
	return { date: `${p['year']}-${p['month']}-${p['day']}`, time: `${p['hour']}:${p['minute']}` };
}

/** How a time or date is quoted: the whole date, the day without the year, or the clock time. */
export type EventPart = 'date' | 'day' | 'time' | 'end-date' | 'end-day';

/** One part of an event, formatted: "25 January 2022", "25 January", "11:59", "about 16:30". Throws if the source gave no such part. */
export function formatEventPart(event: EventRow, part: EventPart, format: Formatter = EN): string {
	const at = part.startsWith('end') ? event.end : event.start;
	if (at === undefined) throw new Error(`event "${event.id}" has no end`);
	const local = localTime(at, event.timeZone);
	if (part === 'time') {
		if (!local.time) throw new Error(`event "${event.id}" has no time of day`);
		// The source's hedge stays with the time: "about 16:30", "by 16:00".
		return event.qualifier ? format.words.eventHedge[event.qualifier](local.time) : local.time;
	}
	return part === 'day' || part === 'end-day' ? format.day(local.date) : format.date(local.date);
}

/** An event's whole time, for its note: "25 January 2022, 11:59 Almaty time (05:59 UTC)", with its end where it has one. */
export function describeEventTime(event: EventRow, format: Formatter = EN): string {
	const words = format.words;
	const at = (time: string) => {
		const local = localTime(time, event.timeZone);
		if (!local.time) return format.date(local.date);
		const clock = event.qualifier ? words.eventHedge[event.qualifier](local.time) : local.time;
		return `${format.date(local.date)}, ${words.zoneTime(clock, event.timeZone, time.slice(11, 16))}`;
	};
	return event.end ? words.range(at(event.start), at(event.end)) : at(event.start);
}

/** How far a zone's clock was ahead of UTC at an instant, in milliseconds (Asia/Almaty: 6 hours in 2022). */
export function zoneOffset(timeZone: EventRow['timeZone'], instant: number): number {
	const p = partsIn(timeZone, new Date(instant));
	const wall = Date.UTC(Number(p['year']), Number(p['month']) - 1, Number(p['day']), Number(p['hour']) % 24, Number(p['minute']));
	return wall - Math.floor(instant / 60_000) * 60_000;
}

/**
 * An event time as a UTC instant in milliseconds. A time to the minute is itself; a day or a month the source
 * gives without a time starts at local midnight, and, as an `end`, lasts to the next local midnight.
 */
export function eventInstant(time: string, timeZone: EventRow['timeZone'], edge: 'start' | 'end' = 'start'): number {
	if (time.includes('T')) return Date.parse(time.replace('Z', ':00Z'));
	const [year = 0, month = 1, day] = time.split('-').map(Number);
	const localMidnight =
		day === undefined ? Date.UTC(year, month - 1 + (edge === 'end' ? 1 : 0), 1) : Date.UTC(year, month - 1, day + (edge === 'end' ? 1 : 0));
	return localMidnight - zoneOffset(timeZone, localMidnight);
}
