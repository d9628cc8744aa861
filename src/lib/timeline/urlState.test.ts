import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, encodeViewState, endOf, filterKey, isDateParam, LIMITS, parseViewState, startOf, type ViewState } from './urlState';

const parse = (query: string) => parseViewState(new URLSearchParams(query));

const FULL: ViewState = {
	types: ['ban', 'meeting'],
	actors: ['id-kominfo', 'telegram'],
	countries: ['ID', 'SG'],
	from: '2017',
	to: '2017-12-31',
	q: 'blokir telegram',
	group: 'country',
	start: '2017-07-01',
	end: '2017-08-31',
	event: 'evt-2017-08-01.telegram',
	lang: 'id',
	theme: 'dark'
};

/** The one error of a query, which must name the parameter. */
function errorFor(query: string) {
	const { errors } = parse(query);
	expect(errors, query).toHaveLength(1);
	return errors[0]!;
}

describe('URL state round trip', () => {
	it('restores a full state exactly', () => {
		const query = encodeViewState(FULL);
		const { state, errors } = parse(query);
		expect(errors).toEqual([]);
		expect(state).toEqual(FULL);
		expect(encodeViewState(state)).toBe(query);
	});

	it('writes every parameter of a full state, in a fixed order', () => {
		const params = new URLSearchParams(encodeViewState(FULL));
		expect([...params.keys()]).toEqual(['type', 'actor', 'country', 'from', 'to', 'q', 'group', 'start', 'end', 'event', 'lang', 'theme']);
		expect(params.get('type')).toBe('ban,meeting');
		expect(params.get('q')).toBe('blokir telegram');
	});

	it('keeps a canonical query string as it is', () => {
		for (const query of ['', 'type=ban', 'actor=telegram&from=2017-08&to=2017-09', 'q=a%26b%3Dc+%C3%A9', 'group=type&lang=id', 'start=2017-08-01&end=2017-08-07&event=e1&theme=light']) {
			const { state, errors } = parse(query);
			expect(errors, query).toEqual([]);
			expect(encodeViewState(state)).toBe(query);
		}
		// Special characters in q survive.
		expect(parse('q=a%26b%3Dc+%C3%A9').state.q).toBe('a&b=c é');
	});

	it('normalises lists: split on commas, repeated parameters, duplicates and order', () => {
		const { state, errors } = parse('type=meeting&type=ban,meeting&actor=telegram,%20google');
		expect(errors).toEqual([]);
		expect(state.types).toEqual(['meeting', 'ban']);
		expect(state.actors).toEqual(['telegram', 'google']);
		expect(encodeViewState(state)).toBe('type=ban%2Cmeeting&actor=google%2Ctelegram');
	});
});

describe('defaults', () => {
	it('parse an empty query to the default state', () => {
		expect(parse('')).toEqual({ state: DEFAULT_STATE, errors: [] });
	});

	it('are left out of the URL', () => {
		expect(encodeViewState(DEFAULT_STATE)).toBe('');
		expect(encodeViewState({ ...DEFAULT_STATE, group: 'company', lang: 'en', theme: null, q: '' })).toBe('');
		// Explicit default values parse fine and are dropped on the way back.
		const { state, errors } = parse('group=company&lang=en');
		expect(errors).toEqual([]);
		expect(encodeViewState(state)).toBe('');
	});

	it('leave out a window with only one side', () => {
		expect(encodeViewState({ ...DEFAULT_STATE, start: '2017-08-01' })).toBe('');
	});
});

describe('invalid parameters', () => {
	it('name an unknown event type', () => {
		const error = errorFor('type=ban,party');
		expect(error.param).toBe('type');
		expect(error.message).toContain('party');
		// The known type is still applied.
		expect(parse('type=ban,party').state.types).toEqual(['ban']);
	});

	it('name an impossible or malformed date', () => {
		for (const name of ['from', 'to']) {
			for (const bad of ['2017-02-30', '2017-13', '17-08-01', '2017/08/01', 'yesterday']) {
				const error = errorFor(`${name}=${bad}`);
				expect(error.param, `${name}=${bad}`).toBe(name);
				expect(error.message).toContain(bad);
			}
		}
		// A bad side of the window also leaves the window half-given: every error names that side.
		for (const [query, name] of [
			['start=2017-02-30&end=2017-03-01', 'start'],
			['start=2017-02-01&end=2017-02-30', 'end']
		] as const) {
			const { errors, state } = parse(query);
			expect(errors.length, query).toBeGreaterThan(0);
			expect(new Set(errors.map((e) => e.param)), query).toEqual(new Set([name]));
			expect(state[name]).toBeNull();
		}
	});

	it('name a bad grouping, language and theme', () => {
		expect(errorFor('group=planet').param).toBe('group');
		expect(parse('group=planet').state.group).toBe(DEFAULT_STATE.group);
		expect(errorFor('lang=fr').param).toBe('lang');
		expect(parse('lang=fr').state.lang).toBe('en');
		expect(errorFor('theme=sepia').param).toBe('theme');
		expect(parse('theme=sepia').state.theme).toBeNull();
	});

	it('name a too-long q, and accept one at the limit', () => {
		const error = errorFor(`q=${'a'.repeat(LIMITS.q + 1)}`);
		expect(error.param).toBe('q');
		expect(error.message).toContain(String(LIMITS.q));
		expect(parse(`q=${'a'.repeat(LIMITS.q + 1)}`).state.q).toBe('');
		expect(parse(`q=${'a'.repeat(LIMITS.q)}`)).toMatchObject({ errors: [], state: { q: 'a'.repeat(LIMITS.q) } });
	});

	it('name bad actors, countries and event ids', () => {
		expect(errorFor('actor=Telegram').param).toBe('actor');
		expect(errorFor('country=IDN').param).toBe('country');
		expect(errorFor('country=id').param).toBe('country');
		expect(errorFor('event=%3Cscript%3E').param).toBe('event');
		expect(errorFor(`actor=${Array.from({ length: LIMITS.listItems + 1 }, (_, k) => `a${k}`).join(',')}`).param).toBe('actor');
	});

	it('name a reversed or half-given range', () => {
		expect(errorFor('from=2018&to=2017-12').param).toBe('to');
		// A month or year range may end in the month or year it starts.
		expect(parse('from=2017-08&to=2017-08').errors).toEqual([]);
		expect(parse('from=2017-08-15&to=2017-08').errors).toEqual([]);
		expect(errorFor('start=2017-08-10&end=2017-08-01').param).toBe('end');
		expect(errorFor('start=2017-08-10').param).toBe('end');
		expect(errorFor('end=2017-08-10').param).toBe('start');
	});

	it('name a parameter given twice', () => {
		expect(errorFor('lang=id&lang=en').param).toBe('lang');
		expect(errorFor('from=2017&from=2018').param).toBe('from');
	});

	it('report each bad parameter of a query', () => {
		const { errors } = parse('type=x&from=2017-02-30&group=y&lang=z&theme=w');
		expect(errors.map((e) => e.param).sort()).toEqual(['from', 'group', 'lang', 'theme', 'type']);
	});
});

describe('dates', () => {
	it('accept real calendar dates only', () => {
		for (const ok of ['2017', '2017-08', '2017-08-01', '2016-02-29', '2017-12-31']) expect(isDateParam(ok), ok).toBe(true);
		for (const bad of ['2017-02-29', '2017-02-30', '2017-04-31', '2017-00', '2017-13', '2017-08-00', '2017-8-1', '']) expect(isDateParam(bad), bad).toBe(false);
	});

	it('bound a date parameter by its first and last millisecond', () => {
		expect(startOf('2017')).toBe(Date.UTC(2017, 0, 1));
		expect(endOf('2017')).toBe(Date.UTC(2018, 0, 1) - 1);
		expect(startOf('2017-08')).toBe(Date.UTC(2017, 7, 1));
		expect(endOf('2017-08')).toBe(Date.UTC(2017, 8, 1) - 1);
		expect(endOf('2017-12')).toBe(Date.UTC(2018, 0, 1) - 1);
		expect(startOf('2017-08-01')).toBe(Date.UTC(2017, 7, 1));
		expect(endOf('2017-08-31')).toBe(Date.UTC(2017, 8, 1) - 1);
	});
});

describe('filterKey', () => {
	it('ignores the window, the selected event, language and theme', () => {
		const key = filterKey(FULL);
		expect(filterKey({ ...FULL, start: null, end: null, event: null, lang: 'en', theme: null })).toBe(key);
		expect(filterKey({ ...FULL, start: '2010-01-01', end: '2010-02-01', event: 'other', lang: 'en', theme: 'light' })).toBe(key);
		for (const p of ['start', 'end', 'event', 'lang', 'theme']) expect(new URLSearchParams(key).has(p), p).toBe(false);
	});

	it('changes with every filter', () => {
		const key = filterKey(FULL);
		const changed: Partial<ViewState>[] = [{ types: ['ban'] }, { actors: [] }, { countries: ['ID'] }, { from: '2016' }, { to: null }, { q: 'other' }, { group: 'type' }];
		for (const change of changed) expect(filterKey({ ...FULL, ...change }), JSON.stringify(change)).not.toBe(key);
		// Order of list values does not matter.
		expect(filterKey({ ...FULL, types: ['meeting', 'ban'] })).toBe(key);
	});
});
