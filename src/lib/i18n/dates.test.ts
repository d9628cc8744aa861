import { describe, expect, it } from 'vitest';
import { FLAG } from '$lib/timeline/span';
import { toTimeSpan } from '$lib/timeline/toTimeSpan';
import { formatDay, formatDays, formatSpan, precisionWords } from './dates';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const span = (edtf: string | null) => toTimeSpan(edtf);

describe('formatDay', () => {
	it('writes a day with the month in words', () => {
		expect(formatDay(day(2017, 8, 1), 'en')).toBe('1 August 2017');
		expect(formatDay(day(2017, 8, 1), 'id')).toBe('1 Agustus 2017');
		expect(formatDay(day(2017, 12, 31), 'id')).toBe('31 Desember 2017');
		expect(formatDay(day(1970, 1, 1), 'en')).toBe('1 January 1970');
		expect(formatDay(day(1969, 12, 31), 'en')).toBe('31 December 1969');
	});

	it('writes the UTC day whatever the local time zone', () => {
		// The suite runs in UTC; the day number alone decides (no hour to shift it).
		expect(formatDay(day(2024, 2, 29), 'id')).toBe('29 Februari 2024');
	});
});

describe('formatDays', () => {
	it('writes a day, a month, a year in the fewest words', () => {
		expect(formatDays(day(2017, 8, 1), day(2017, 8, 1), 'en')).toBe('1 August 2017');
		expect(formatDays(day(2017, 8, 1), day(2017, 8, 31), 'en')).toBe('August 2017');
		expect(formatDays(day(2017, 8, 1), day(2017, 8, 31), 'id')).toBe('Agustus 2017');
		expect(formatDays(day(2017, 1, 1), day(2017, 12, 31), 'id')).toBe('2017');
		expect(formatDays(day(2016, 1, 1), day(2017, 12, 31), 'en')).toBe('2016–2017');
	});

	it('shares the month and year of a span where it can', () => {
		expect(formatDays(day(2017, 8, 1), day(2017, 8, 5), 'en')).toBe('1–5 August 2017');
		expect(formatDays(day(2017, 7, 31), day(2017, 8, 5), 'en')).toBe('31 July – 5 August 2017');
		expect(formatDays(day(2017, 7, 31), day(2017, 8, 5), 'id')).toBe('31 Juli – 5 Agustus 2017');
		expect(formatDays(day(2017, 12, 30), day(2018, 1, 2), 'id')).toBe('30 Desember 2017 – 2 Januari 2018');
		expect(formatDays(day(2017, 7, 1), day(2017, 9, 30), 'en')).toBe('July – September 2017');
		expect(formatDays(day(2017, 12, 1), day(2018, 1, 31), 'id')).toBe('Desember 2017 – Januari 2018');
	});
});

describe('formatSpan', () => {
	it('writes EDTF dates in English and Indonesian', () => {
		const cases: [string | null, string, string][] = [
			['2017-08-01', '1 August 2017', '1 Agustus 2017'],
			['2017-08', 'August 2017', 'Agustus 2017'],
			['2017', '2017', '2017'],
			['2017-07-31/2017-08-05', '31 July – 5 August 2017', '31 Juli – 5 Agustus 2017'],
			['2017-07~', 'around July 2017', 'sekitar Juli 2017'],
			['2017-07?', 'possibly July 2017', 'mungkin Juli 2017'],
			['2017-07%', 'possibly around July 2017', 'mungkin sekitar Juli 2017'],
			['2017-08-01~', 'around 1 August 2017', 'sekitar 1 Agustus 2017'],
			['../2017-08-01', 'on or before 1 August 2017', 'paling lambat 1 Agustus 2017'],
			['2017-08-09/..', 'from 9 August 2017', 'sejak 9 Agustus 2017'],
			['XXXX-05', 'May, year unknown', 'Mei, tahun tidak diketahui'],
			[null, 'no date', 'tanpa tanggal']
		];
		for (const [edtf, en, id] of cases) {
			expect(formatSpan(span(edtf), 'en'), String(edtf)).toBe(en);
			expect(formatSpan(span(edtf), 'id'), String(edtf)).toBe(id);
		}
	});

	it('keeps the open side in front of an approximate or uncertain date', () => {
		// "from around …", not "around from …"; "sejak sekitar …", not "sekitar sejak …".
		expect(formatSpan(span('2017-08-09~/..'), 'en')).toBe('from around 9 August 2017');
		expect(formatSpan(span('2017-08-09~/..'), 'id')).toBe('sejak sekitar 9 Agustus 2017');
		expect(formatSpan(span('../2017-08-01~'), 'en')).toBe('on or before around 1 August 2017');
		expect(formatSpan(span('../2017-08-01~'), 'id')).toBe('paling lambat sekitar 1 Agustus 2017');
		// Doubt about the whole statement goes first.
		expect(formatSpan(span('2017-08-09?/..'), 'en')).toBe('possibly from 9 August 2017');
		expect(formatSpan(span('2017-08-09?/..'), 'id')).toBe('mungkin sejak 9 Agustus 2017');
		expect(formatSpan(span('2017-08-09%/..'), 'id')).toBe('mungkin sejak sekitar 9 Agustus 2017');
	});

	it('treats a span without days as undated, whatever its flags', () => {
		expect(formatSpan({ start: null, end: null, flags: FLAG.approximate }, 'en')).toBe('no date');
		expect(formatSpan({ start: null, end: null, flags: FLAG.undated, month: 12 }, 'id')).toBe('Desember, tahun tidak diketahui');
	});
});

describe('precisionWords', () => {
	it('says how precise a date is', () => {
		const cases: [string | null, string, string][] = [
			['2017-08-01', 'to the day', 'tepat tanggalnya'],
			['2017-08', 'to the month', 'dalam bulan itu'],
			['2017-02', 'to the month', 'dalam bulan itu'],
			['2017', 'to the year', 'dalam tahun itu'],
			['2017-07-31/2017-08-06', 'to the week', 'dalam pekan itu'],
			['2017-07-15/2017-08-20', 'a span of days', 'rentang hari'],
			['../2017-08-01', 'open-ended', 'terbuka'],
			['2017-08-09/..', 'open-ended', 'terbuka'],
			[null, 'not given', 'tidak disebut'],
			['XXXX-05', 'not given', 'tidak disebut']
		];
		for (const [edtf, en, id] of cases) {
			expect(precisionWords(span(edtf), 'en'), String(edtf)).toBe(en);
			expect(precisionWords(span(edtf), 'id'), String(edtf)).toBe(id);
		}
	});

	it('does not call a span of several months or years "to the month" or "to the year"', () => {
		expect(precisionWords(span('2017-07/2017-09'), 'en')).toBe('a span of days');
		expect(precisionWords(span('2016/2017'), 'en')).not.toBe('to the year');
		expect(precisionWords(span('2016/2017'), 'id')).not.toBe('dalam tahun itu');
	});
});
