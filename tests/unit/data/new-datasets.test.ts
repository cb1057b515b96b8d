import { describe, expect, test } from 'vitest';
import { requireDataset, requireRow } from '../../../src/data/dataset-map.ts';
import { formatEventPart } from '../../../src/data/event-time.ts';
import { resolveFact } from '../../../src/data/facts.ts';
import { loadDatasets } from '../../helpers/datasets.ts';

// The figures below were copied by hand from /work/shared/data/facts.json (and its README), the research
// notes the datasets were built from: if a file drifts from its source, these fail.
const datasets = loadDatasets();

describe('imports-from-russia and exports-to-russia (Bureau of National Statistics, via pypsa-kz-data)', () => {
	const imports = requireDataset(datasets, 'imports-from-russia', 'monthly', 'test');
	const exports = requireDataset(datasets, 'exports-to-russia', 'monthly', 'test');
	const value = (rows: readonly { month: string; value: number }[], month: string) => rows.find((r) => r.month === month)?.value;

	test('imports spike to 317.2 GWh in November 2021, from 138.1 GWh in January 2021', () => {
		expect(imports.unit).toBe('GWh');
		expect(value(imports.rows, '2021-01')).toBe(138.1);
		expect(value(imports.rows, '2021-10')).toBe(155.2);
		expect(value(imports.rows, '2021-11')).toBe(317.2);
		expect(value(imports.rows, '2022-01')).toBe(186.1);
	});

	test('exports fall to 54.1 GWh in November 2021', () => {
		expect(exports.unit).toBe('GWh');
		expect(value(exports.rows, '2021-10')).toBe(129.8);
		expect(value(exports.rows, '2021-11')).toBe(54.1);
	});

	test('both run every month from January 2021 to February 2023, and neither may go below zero', () => {
		for (const d of [imports, exports]) {
			expect(d.rows).toHaveLength(26);
			expect(d.rows[0]?.month).toBe('2021-01');
			expect(d.rows.at(-1)?.month).toBe('2023-02');
			expect(d.signed).toBeUndefined();
			expect(d.sources[0]?.url).toContain('7df4506a7304dd6b9ba6830e2953b555a9ec6dc2');
		}
	});
});

describe('net-imports (Ember via OWID)', () => {
	const net = requireDataset(datasets, 'net-imports', 'annual', 'test');
	const value = (year: number) => net.rows.find((r) => r.year === year)?.value;

	test('is signed, and says that negative means net exports', () => {
		expect(net.signed).toBe(true);
		expect(net.description).toMatch(/negative value means .*net exports/);
		expect(net.caveats.join(' ')).toMatch(/Below zero means net exports/);
	});

	test('a net exporter of 4.36 TWh in 2017, a net importer of 1.45 TWh in 2022', () => {
		expect(value(2017)).toBe(-4.36);
		expect(value(2021)).toBe(-0.56);
		expect(value(2022)).toBe(1.45);
		expect(value(2000)).toBe(3.02);
	});

	test('leaves out the provisional 2025 row', () => {
		expect(net.rows.at(-1)?.year).toBe(2024);
	});

	test('a negative year reads as a negative figure in the notes', () => {
		expect(resolveFact(datasets, 'net-imports/2017').value).toBe(-4.36);
	});
});

describe('hashrate (CBECI snapshots)', () => {
	const hashrate = requireDataset(datasets, 'hashrate', 'estimates', 'test');
	const row = (id: string) => requireRow(hashrate.rows, id, 'hashrate');

	test.each([
		['kz-2019-09', 1.4],
		['kz-2020-08', 4.6],
		['kz-2021-04', 8.2],
		['kz-2021-06', 8.8],
		['kz-2021-08', 18.1],
		['kz-2022-01', 13.22],
		['us-2019-09', 4.06],
		['us-2021-04', 16.8],
		['cn-2019-09', 75.53],
		['cn-2021-04', 46],
		['cn-2021-08', 0],
		['ru-2019-09', 5.93],
		['ru-2021-04', 6.8],
		['ru-2021-08', 11.23],
		['ru-2022-01', 4.66],
	])('%s is %s%% of the world hashrate, dated by its month', (id, value) => {
		const r = row(id);
		expect(r.value).toBe(value);
		expect(r.unit).toBe('%');
		expect(r.basis).toBe('world-hashrate');
		expect(r.kind).toBe('estimate');
		expect(r.date).toBe(id.slice(3));
	});

	test('the network fell 13.4%, from about 205,000 to 177,330 PH/s, when the internet went dark', () => {
		expect(row('network-drop').value).toBe(13.4);
		expect(row('network-before')).toMatchObject({ value: 205000, qualifier: 'about', unit: 'PH/s', date: '2022-01-05' });
		expect(row('network-after')).toMatchObject({ value: 177330, unit: 'PH/s', date: '2022-01-05' });
	});

	test("keeps China's 'declared' zero and the covert-mining caveat", () => {
		expect(hashrate.caveats.join(' ')).toMatch(/China's 0% for August 2021/);
		expect(hashrate.caveats.join(' ')).toMatch(/covert mining/);
	});
});

describe('january-2022 (events)', () => {
	const events = requireDataset(datasets, 'january-2022', 'events', 'test');
	const event = (id: string) => requireRow(events.rows, id, 'january-2022');

	test.each([
		['blackout-start', '2022-01-25T05:59Z', '11:59'],
		['almaty-hub-resync', '2022-01-25T07:39Z', '13:39'],
		['kyzylorda-restored', '2022-01-25T08:45Z', '14:45'],
		['almaty-restored', '2022-01-25T08:53Z', '14:53'],
		['south-restored', '2022-01-25T10:00Z', 'by 16:00'],
		['uzbek-outage-start', '2022-01-25T06:00Z', 'about 11:00'],
		['mobile-traffic-drop', '2022-01-04T14:30Z', 'about 20:30'],
		['internet-goes-dark', '2022-01-05T10:30Z', 'about 16:30'],
	])('%s is stored as %s and told as %s local time', (id, utc, local) => {
		expect(event(id).start).toBe(utc);
		expect(formatEventPart(event(id), 'time')).toBe(local);
	});

	test('the nationwide cut ends about 10:45 UTC; Uzbekistan is told in Tashkent time', () => {
		expect(event('internet-goes-dark').end).toBe('2022-01-05T10:45Z');
		expect(event('uzbek-outage-start').timeZone).toBe('Asia/Tashkent');
	});

	test('the cut-off: memo on 21 January, cut from 24 to 31 January, extended to 7 February', () => {
		expect(event('cutoff-memo').start).toBe('2022-01-21');
		expect(event('cutoff')).toMatchObject({ start: '2022-01-24', end: '2022-01-31' });
		expect(event('cutoff-extended').end).toBe('2022-02-07');
	});
});

describe('peak-and-capacity', () => {
	const peak = requireDataset(datasets, 'peak-and-capacity', 'estimates', 'test');
	const row = (id: string) => requireRow(peak.rows, id, 'peak-and-capacity');

	test('the record peak of 7 December 2022 and the capacity on 1 January 2024', () => {
		expect(row('record-peak-2022')).toMatchObject({ value: 16459, period: { start: '2022-12-07', end: '2022-12-07' } });
		expect(row('generation-at-record-2022').value).toBe(15203);
		expect(row('installed-2024')).toMatchObject({ value: 24641.9, period: { start: '2024-01-01' } });
		expect(row('available-2024').value).toBe(20428.4);
	});

	test("KEGOC's 1,000-1,500 MW rise in peak load covers nine months of 2021", () => {
		expect(row('peak-hour-rise-2021')).toMatchObject({ value: 1000, valueMax: 1500, period: { start: '2021-01', end: '2021-09' } });
		expect(resolveFact(datasets, 'peak-and-capacity/peak-hour-rise-2021').text).toBe('1,000–1,500 MW');
		expect(resolveFact(datasets, 'peak-and-capacity/deficit-forecast-2021-high').text).toBe('up to 1,000 MW');
	});

	test('every figure is in MW and says the year it belongs to', () => {
		for (const r of peak.rows) {
			expect(r.unit).toBe('MW');
			expect((r.period?.start ?? r.date).slice(0, 4)).toMatch(/^20(1\d|2\d)$/);
		}
	});
});

describe('growth-claims', () => {
	const growth = requireDataset(datasets, 'growth-claims', 'estimates', 'test');
	const row = (id: string) => requireRow(growth.rows, id, 'growth-claims');

	test("the south's 11.8% says it is one zone and nine months", () => {
		const south = row('kegoc-south-9m');
		expect(south.value).toBe(11.8);
		expect(south.label).toMatch(/^Southern zone only/);
		expect(south.label).toMatch(/January to September 2021/);
		expect(south.period).toEqual({ start: '2021-01', end: '2021-09' });
	});

	test("the minister's full-year 6.3% and the autumn's 8%", () => {
		expect(row('mirzagaliyev-full-year')).toMatchObject({ value: 6.3, date: '2021-12-22' });
		expect(row('zhurebekov-2021')).toMatchObject({ value: 8, qualifier: 'up to', date: '2021-11-05' });
		expect(row('ministry-2021').value).toBe(8);
		expect(row('mirzagaliyev-oct-2021').value).toBe(7);
	});

	test('every row is a change, a claim, with its claimant', () => {
		for (const r of growth.rows) {
			expect(r).toMatchObject({ unit: '%', basis: 'change', kind: 'claim' });
			expect(r.claimant).not.toBe('');
		}
	});
});

describe('blackout (KEGOC account)', () => {
	const blackout = requireDataset(datasets, 'blackout', 'estimates', 'test');
	const row = (id: string) => requireRow(blackout.rows, id, 'blackout');

	test('about 1,800 MW shed in Kazakhstan, 9,600 MW lost in Uzbekistan, 2,600 MW in Kyrgyzstan', () => {
		expect(row('kz-shed').value).toBe(1800);
		expect(row('uz-shed').value).toBe(9600);
		expect(row('kg-shed').value).toBe(2600);
		expect(row('south-plants-islanded').value).toBe(1500);
	});

	test("says every figure is the grid operator's account", () => {
		expect(blackout.caveats[0]).toMatch(/Every figure here is KEGOC's account/);
		for (const r of blackout.rows) expect(r).toMatchObject({ claimant: 'KEGOC, the grid operator', kind: 'claim' });
	});
});
