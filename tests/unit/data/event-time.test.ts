import { describe, expect, test } from 'vitest';
import { EN, formatterFor } from '../../../src/locale/format.ts';
import { describeEventTime, formatEventPart, localTime, eventInstant, zoneOffset } from '../../../src/data/event-time.ts';
import { loadDatasets } from '../../helpers/datasets.ts';
import { requireDataset, requireRow } from '../../../src/data/dataset-map.ts';

const events = requireDataset(loadDatasets(), 'january-2022', 'events', 'test').rows;
const event = (id: string) => requireRow(events, id, 'january-2022');

describe('localTime(utc, zone)', () => {
	test('tells 05:59 UTC on 25 January 2022 as 11:59 in Almaty (UTC+6 then) and 10:59 in Tashkent', () => {
		expect(localTime('2022-01-25T05:59Z', 'Asia/Almaty')).toEqual({ date: '2022-01-25', time: '11:59' });
		expect(localTime('2022-01-25T05:59Z', 'Asia/Tashkent')).toEqual({ date: '2022-01-25', time: '10:59' });
	});

	test('moves the day when the local clock has passed midnight', () => {
		expect(localTime('2022-01-04T19:30Z', 'Asia/Almaty')).toEqual({ date: '2022-01-05', time: '01:30' });
	});

	test('leaves a local day as it is', () => {
		expect(localTime('2022-01-21', 'Asia/Almaty')).toEqual({ date: '2022-01-21' });
	});
});

describe('formatEventPart(event, part), on content/data/january-2022.json', () => {
	test.each([
		['blackout-start', 'time', '11:59'],
		['blackout-start', 'date', '25 January 2022'],
		['blackout-start', 'day', '25 January'],
		['uzbek-outage-start', 'time', 'about 11:00'],
		['almaty-restored', 'time', '14:53'],
		['south-restored', 'time', 'by 16:00'],
		['internet-shutdown', 'time', 'about 16:30'],
		['cutoff', 'day', '24 January'],
		['cutoff', 'end-day', '31 January'],
		['kegoc-warning', 'date', 'October 2021'],
	] as const)('%s, %s: "%s"', (id, part, text) => {
		expect(formatEventPart(event(id), part)).toBe(text);
	});

	test('refuses a part the source did not give, naming the event', () => {
		expect(() => formatEventPart(event('cutoff-memo'), 'time')).toThrow('event "cutoff-memo" has no time of day');
		expect(() => formatEventPart(event('cutoff-memo'), 'end-day')).toThrow('event "cutoff-memo" has no end');
	});

	test('a day drops only a full date’s year', () => {
		expect(EN.day('2022-01-25')).toBe('25 January');
		expect(EN.day('2021-10')).toBe('October 2021');
	});
});

describe('describeEventTime(event)', () => {
	test('gives the local time with its zone and the UTC time, and the end where there is one', () => {
		expect(describeEventTime(event('blackout-start'))).toBe('25 January 2022, 11:59 Almaty time (05:59 UTC)');
		expect(describeEventTime(event('uzbek-outage-start'))).toBe('25 January 2022, about 11:00 Tashkent time (06:00 UTC)');
		expect(describeEventTime(event('cutoff'))).toBe('24 January 2022 to 31 January 2022');
	});
});

describe('eventInstant(time, timeZone, edge)', () => {
	test('a time to the minute is that UTC instant', () => {
		expect(eventInstant('2022-01-25T05:59Z', 'Asia/Almaty')).toBe(Date.UTC(2022, 0, 25, 5, 59));
	});

	test('a local day starts at local midnight (18:00 UTC the day before in Almaty, UTC+6 then) and, as an end, runs to the next', () => {
		expect(new Date(eventInstant('2022-01-24', 'Asia/Almaty')).toISOString()).toBe('2022-01-23T18:00:00.000Z');
		expect(new Date(eventInstant('2022-01-31', 'Asia/Almaty', 'end')).toISOString()).toBe('2022-01-31T18:00:00.000Z');
		expect(new Date(eventInstant('2022-01-25', 'Asia/Tashkent')).toISOString()).toBe('2022-01-24T19:00:00.000Z');
	});

	test('a month starts on its first local day and, as an end, runs to the next month', () => {
		expect(new Date(eventInstant('2022-02', 'Asia/Almaty')).toISOString()).toBe('2022-01-31T18:00:00.000Z');
		expect(new Date(eventInstant('2022-02', 'Asia/Almaty', 'end')).toISOString()).toBe('2022-02-28T18:00:00.000Z');
	});

	test('Almaty was six hours ahead of UTC in January 2022, Tashkent five', () => {
		expect(zoneOffset('Asia/Almaty', Date.UTC(2022, 0, 25)) / 36e5).toBe(6);
		expect(zoneOffset('Asia/Tashkent', Date.UTC(2022, 0, 25)) / 36e5).toBe(5);
	});
});

describe('an event in Russian and Kazakh', () => {
	const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
	test('its whole time, with its zone and UTC, and the source’s hedge in the language’s words', () => {
		expect(spaced(describeEventTime(event('blackout-start'), formatterFor('ru')))).toBe(
			'25 января 2022 г., 11:59 по времени Алматы (05:59 UTC)'
		);
		expect(spaced(describeEventTime(event('uzbek-outage-start'), formatterFor('kk')))).toBe(
			'2022 ж. 25 қаңтар, Ташкент уақытымен шамамен 11:00 (UTC бойынша 06:00)'
		);
		expect(spaced(formatEventPart(event('south-restored'), 'time', formatterFor('kk')))).toBe('16:00-ге дейін');
		expect(spaced(formatEventPart(event('south-restored'), 'time', formatterFor('ru')))).toBe('к 16:00');
	});
});
