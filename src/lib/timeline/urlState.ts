/**
 * The dashboard's view in the URL: filters, lane grouping, the visible window, the selected event,
 * language and theme. Reload or a shared link restores the exact view; back and forward work.
 * One parser for server and browser; every invalid parameter is reported by name, so the server
 * can answer 400 with a message instead of guessing.
 */
import { EVENT_TYPES, type EventType } from './eventTypes';

export const GROUPINGS = ['company', 'country', 'kind', 'type'] as const;
export type Grouping = (typeof GROUPINGS)[number];
export const LANGS = ['en', 'id'] as const;
export type Lang = (typeof LANGS)[number];
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface ViewState {
	types: EventType[];
	actors: string[];
	countries: string[];
	/** Date filter, inclusive: YYYY, YYYY-MM or YYYY-MM-DD. */
	from: string | null;
	to: string | null;
	q: string;
	group: Grouping;
	/** Visible window of the timeline (zoom), as YYYY-MM-DD days; null: fit the events. */
	start: string | null;
	end: string | null;
	event: string | null;
	lang: Lang;
	/** null: follow the system's colour scheme. */
	theme: Theme | null;
}

export const DEFAULT_STATE: ViewState = {
	types: [],
	actors: [],
	countries: [],
	from: null,
	to: null,
	q: '',
	group: 'company',
	start: null,
	end: null,
	event: null,
	lang: 'en',
	theme: null
};

export interface ParamError {
	param: string;
	message: string;
}

export const LIMITS = { q: 200, listItems: 100, id: 200 } as const;

const ID = /^[a-z0-9][a-z0-9._-]*$/;
const COUNTRY = /^[A-Z]{2}$/;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A real calendar date (or month or year), e.g. "2017", "2017-08", "2017-08-01"; not "2017-02-30". */
export function isDateParam(value: string): boolean {
	const m = DATE.exec(value);
	if (!m) return false;
	const [, y, mo, d] = m;
	if (mo && (Number(mo) < 1 || Number(mo) > 12)) return false;
	if (d) {
		const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
		return date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d);
	}
	return true;
}

function list(params: URLSearchParams, name: string): string[] {
	return params
		.getAll(name)
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean);
}

function one(params: URLSearchParams, name: string, errors: ParamError[]): string | null {
	const values = params.getAll(name);
	if (values.length > 1) errors.push({ param: name, message: `given ${values.length} times; give it once` });
	const value = values[0]?.trim();
	return value ? value : null;
}

export function parseViewState(params: URLSearchParams): { state: ViewState; errors: ParamError[] } {
	const errors: ParamError[] = [];
	const state: ViewState = { ...DEFAULT_STATE };

	const types = list(params, 'type');
	const unknownType = types.find((t) => !(EVENT_TYPES as readonly string[]).includes(t));
	if (unknownType) errors.push({ param: 'type', message: `unknown event type "${clip(unknownType)}" (known: ${EVENT_TYPES.join(', ')})` });
	state.types = [...new Set(types.filter((t): t is EventType => (EVENT_TYPES as readonly string[]).includes(t)))];

	for (const [name, re, what] of [
		['actor', ID, 'an actor id such as "telegram" or "id-kominfo"'],
		['country', COUNTRY, 'a two-letter country code such as "ID"']
	] as const) {
		const values = list(params, name);
		if (values.length > LIMITS.listItems) errors.push({ param: name, message: `${values.length} values; at most ${LIMITS.listItems}` });
		const bad = values.find((v) => !re.test(v) || v.length > LIMITS.id);
		if (bad) errors.push({ param: name, message: `"${clip(bad)}" is not ${what}` });
		const good = [...new Set(values.filter((v) => re.test(v) && v.length <= LIMITS.id))];
		if (name === 'actor') state.actors = good;
		else state.countries = good;
	}

	for (const name of ['from', 'to', 'start', 'end'] as const) {
		const value = one(params, name, errors);
		if (value === null) continue;
		if (!isDateParam(value)) errors.push({ param: name, message: `"${clip(value)}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)` });
		else state[name] = value;
	}
	for (const [a, b] of [['from', 'to'], ['start', 'end']] as const) {
		if (state[a] && state[b] && startOf(state[a]!) > endOf(state[b]!)) errors.push({ param: b, message: `${b}=${state[b]} is before ${a}=${state[a]}` });
	}
	if ((state.start === null) !== (state.end === null)) errors.push({ param: state.start ? 'end' : 'start', message: 'give the window as both start and end' });

	const q = params.get('q') ?? '';
	if (q.length > LIMITS.q) errors.push({ param: 'q', message: `${q.length} characters; at most ${LIMITS.q}` });
	else state.q = q.trim();

	const choice = <T extends string>(name: string, options: readonly T[], fallback: T | null): T | null => {
		const value = one(params, name, errors);
		if (value === null) return fallback;
		if ((options as readonly string[]).includes(value)) return value as T;
		errors.push({ param: name, message: `"${clip(value)}" is not one of ${options.join(', ')}` });
		return fallback;
	};
	state.group = choice('group', GROUPINGS, DEFAULT_STATE.group)!;
	state.lang = choice('lang', LANGS, DEFAULT_STATE.lang)!;
	state.theme = choice('theme', THEMES, null);

	const event = one(params, 'event', errors);
	if (event !== null) {
		if (!ID.test(event) || event.length > LIMITS.id) errors.push({ param: 'event', message: `"${clip(event)}" is not an event id` });
		else state.event = event;
	}
	return { state, errors };
}

/** Query string for a state: defaults left out, parameters in a fixed order, lists sorted. */
export function encodeViewState(state: ViewState): string {
	const params = new URLSearchParams();
	const sorted = (values: string[]) => [...values].sort().join(',');
	if (state.types.length) params.set('type', sorted(state.types));
	if (state.actors.length) params.set('actor', sorted(state.actors));
	if (state.countries.length) params.set('country', sorted(state.countries));
	if (state.from) params.set('from', state.from);
	if (state.to) params.set('to', state.to);
	if (state.q) params.set('q', state.q);
	if (state.group !== DEFAULT_STATE.group) params.set('group', state.group);
	if (state.start && state.end) {
		params.set('start', state.start);
		params.set('end', state.end);
	}
	if (state.event) params.set('event', state.event);
	if (state.lang !== DEFAULT_STATE.lang) params.set('lang', state.lang);
	if (state.theme) params.set('theme', state.theme);
	return params.toString();
}

/** First and last millisecond (UTC) of a date parameter: "2017" is all of 2017. */
export function startOf(value: string): number {
	const [y, m = '01', d = '01'] = value.split('-');
	return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

export function endOf(value: string): number {
	const parts = value.split('-');
	const y = Number(parts[0]);
	if (parts.length === 1) return Date.UTC(y + 1, 0, 1) - 1;
	const m = Number(parts[1]);
	if (parts.length === 2) return Date.UTC(y, m, 1) - 1;
	return Date.UTC(y, m - 1, Number(parts[2]) + 1) - 1;
}

/** Filters that decide which events are shown (the window and selection do not). */
export function filterKey(state: ViewState): string {
	return encodeViewState({ ...state, start: null, end: null, event: null, theme: null, lang: 'en' });
}

function clip(value: string): string {
	return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
