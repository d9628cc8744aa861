/**
 * What the map and network pages receive: every link of the matched events, compact enough for
 * 100,000 events. Links are parallel arrays of indices; each event that makes a link is one
 * entry with its days; `rows` tie events to links. The browser counts links inside a time window
 * from these (see aggregate.ts), so scrubbing and playing never ask the server.
 */
import type { ActorKind } from '$lib/schema/events';
import { EVENT_TYPES } from '$lib/timeline/eventTypes';
import { eventLinks, linkKey, type ActorLookup, type LinkEvent } from './links';

/** Day value for an open side. */
export const OPEN = -1e9;
export const OPEN_END = 1e9;
/** Above this many linked events the ids stay on the server. */
export const ID_LIMIT = 5_000;

export interface PayloadActor {
	id: string;
	name: string;
	kind: ActorKind;
	country: string | null;
}

export interface LinksPayload {
	/** Country codes; links refer to them by index. */
	countries: string[];
	/** Companies and government-side actors the links name, and the actors in the filters. */
	actors: PayloadActor[];
	links: {
		/** Index into actors, or -1 for a country-to-country link. */
		company: number[];
		home: number[];
		country: number[];
		/** Index into EVENT_TYPES. */
		type: number[];
		/** Government-side actors (indices into actors) per link. */
		via: number[][];
	};
	/** Linked events: first and last day (OPEN / OPEN_END on an open side), undated flag. */
	events: { start: number[]; end: number[]; undated: number[]; ids: string[] | null };
	/** Event index and link index of every (event, link) pair, by event. */
	rows: { event: number[]; link: number[] };
	/** Events matched by the filters; and of those, how many made no link. */
	matched: number;
	unlinked: number;
	/** First and last day of the dated linked events (null if none). */
	extent: [number, number] | null;
}

export function buildLinksPayload(matched: LinkEvent[], actors: ActorLookup, alsoActors: string[] = []): LinksPayload {
	const countries: string[] = [];
	const countryIndex = new Map<string, number>();
	const country = (code: string) => {
		let k = countryIndex.get(code);
		if (k === undefined) {
			k = countries.length;
			countries.push(code);
			countryIndex.set(code, k);
		}
		return k;
	};
	const payloadActors: PayloadActor[] = [];
	const actorIndex = new Map<string, number>();
	const actor = (id: string) => {
		let k = actorIndex.get(id);
		if (k === undefined) {
			const a = actors.get(id);
			k = payloadActors.length;
			payloadActors.push({ id, name: a?.name ?? id, kind: a?.kind ?? 'organization', country: a?.country ?? null });
			actorIndex.set(id, k);
		}
		return k;
	};
	const payload: LinksPayload = {
		countries,
		actors: payloadActors,
		links: { company: [], home: [], country: [], type: [], via: [] },
		events: { start: [], end: [], undated: [], ids: [] },
		rows: { event: [], link: [] },
		matched: matched.length,
		unlinked: 0,
		extent: null
	};
	const linkIndex = new Map<string, number>();
	let lo = Infinity;
	let hi = -Infinity;
	for (const { event, span } of matched) {
		const raws = eventLinks(event, actors);
		if (!raws.length) {
			payload.unlinked++;
			continue;
		}
		const e = payload.events.start.length;
		payload.events.start.push(span.undated ? 0 : (span.start ?? OPEN));
		payload.events.end.push(span.undated ? 0 : (span.end ?? OPEN_END));
		payload.events.undated.push(span.undated ? 1 : 0);
		payload.events.ids!.push(event.id);
		if (!span.undated) {
			const a = span.start ?? span.end!;
			const b = span.end ?? span.start!;
			lo = Math.min(lo, a);
			hi = Math.max(hi, b);
		}
		const seen = new Set<number>();
		for (const raw of raws) {
			const key = linkKey(raw);
			let l = linkIndex.get(key);
			if (l === undefined) {
				l = payload.links.company.length;
				linkIndex.set(key, l);
				payload.links.company.push(raw.company === null ? -1 : actor(raw.company));
				payload.links.home.push(country(raw.home));
				payload.links.country.push(country(raw.country));
				payload.links.type.push(EVENT_TYPES.indexOf(raw.type));
				payload.links.via.push([]);
			}
			const via = payload.links.via[l]!;
			for (const v of raw.via) {
				const k = actor(v);
				if (!via.includes(k)) via.push(k);
			}
			if (seen.has(l)) continue;
			seen.add(l);
			payload.rows.event.push(e);
			payload.rows.link.push(l);
		}
	}
	for (const id of alsoActors) actor(id);
	if (payload.events.start.length > ID_LIMIT) payload.events.ids = null;
	payload.extent = lo <= hi ? [lo, hi] : null;
	return payload;
}

/**
 * The payload as sent (about 40% smaller as JSON): per event its first known day and length
 * instead of start and end, open sides and undated events as sparse lists of event indices,
 * per event the number of links it makes instead of a row per event, row links as deltas (new
 * links mostly follow one another), and a link's single government-side actor as a bare number.
 */
export interface LinksWire {
	v: 1;
	countries: string[];
	actors: PayloadActor[];
	links: { company: number[]; home: number[]; country: number[]; type: number[]; via: (number | number[])[] };
	events: { day: number[]; length: number[]; openStart: number[]; openEnd: number[]; undated: number[]; links: number[]; ids: string[] | null };
	rowLinkDelta: number[];
	matched: number;
	unlinked: number;
	extent: [number, number] | null;
}

export function encodeLinks(p: LinksPayload): LinksWire {
	const n = p.events.start.length;
	const day: number[] = new Array(n);
	const length: number[] = new Array(n);
	const openStart: number[] = [];
	const openEnd: number[] = [];
	const undated: number[] = [];
	for (let e = 0; e < n; e++) {
		if (p.events.undated[e]) {
			undated.push(e);
			day[e] = 0;
			length[e] = 0;
			continue;
		}
		const s = p.events.start[e]!;
		const en = p.events.end[e]!;
		if (s === OPEN) openStart.push(e);
		if (en === OPEN_END) openEnd.push(e);
		const first = s === OPEN ? en : s;
		const last = en === OPEN_END ? first : en;
		day[e] = first;
		length[e] = last - first;
	}
	const links = new Array<number>(n).fill(0);
	for (const e of p.rows.event) links[e]!++;
	const rowLinkDelta = p.rows.link.map((l, i) => l - (i ? p.rows.link[i - 1]! : 0));
	return {
		v: 1,
		countries: p.countries,
		actors: p.actors,
		links: { ...p.links, via: p.links.via.map((v) => (v.length === 1 ? v[0]! : v)) },
		events: { day, length, openStart, openEnd, undated, links, ids: p.events.ids },
		rowLinkDelta,
		matched: p.matched,
		unlinked: p.unlinked,
		extent: p.extent
	};
}

const decoded = new WeakMap<LinksWire, LinksPayload>();

export function decodeLinks(w: LinksWire): LinksPayload {
	const hit = decoded.get(w);
	if (hit) return hit;
	const n = w.events.day.length;
	const start = new Array<number>(n);
	const end = new Array<number>(n);
	const undated = new Array<number>(n).fill(0);
	for (let e = 0; e < n; e++) {
		start[e] = w.events.day[e]!;
		end[e] = w.events.day[e]! + w.events.length[e]!;
	}
	for (const e of w.events.openStart) start[e] = OPEN;
	for (const e of w.events.openEnd) end[e] = OPEN_END;
	for (const e of w.events.undated) {
		undated[e] = 1;
		start[e] = 0;
		end[e] = 0;
	}
	const rowEvent: number[] = [];
	for (let e = 0; e < n; e++) for (let k = 0; k < w.events.links[e]!; k++) rowEvent.push(e);
	const rowLink: number[] = new Array(w.rowLinkDelta.length);
	let l = 0;
	for (let i = 0; i < w.rowLinkDelta.length; i++) rowLink[i] = l += w.rowLinkDelta[i]!;
	const p: LinksPayload = {
		countries: w.countries,
		actors: w.actors,
		links: { ...w.links, via: w.links.via.map((v) => (typeof v === 'number' ? [v] : v)) },
		events: { start, end, undated, ids: w.events.ids },
		rows: { event: rowEvent, link: rowLink },
		matched: w.matched,
		unlinked: w.unlinked,
		extent: w.extent
	};
	decoded.set(w, p);
	return p;
}
