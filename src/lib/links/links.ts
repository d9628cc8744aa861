/**
 * Company–country links, derived from events. Pure: no I/O, no DOM; the server, the map, the
 * network view and the tests all use these rules.
 *
 * Rules, per event:
 * - The companies are the event's company actors; a product counts as its maker when the maker is
 *   known ("WeChat" is Tencent), else as itself. A company's home country is its gazetteer
 *   country, or its parent's; a company without one cannot be placed and makes no link.
 * - The government side is every government body in the event, and every person who holds a post
 *   in a government body (Rudiantara for Kominfo), each with its country (a person's own country,
 *   else the body's).
 * - A company's counterpart countries are, in order of preference: the countries of the
 *   government side; else the home countries of the other companies in the event (Huawei
 *   negotiating with Russia's Basalt SPO links China to Russia); else where it happened (the
 *   event's location); else the event's countries other than the company's home (Xiaomi expanding
 *   into India). A counterpart equal to the home country is a domestic link.
 * - An event with no company but government bodies of two or more countries links those
 *   countries (leaders meeting): actors' countries to targets' countries, or every pair of
 *   participants (in code order).
 * - Links are keyed (company or country, home, counterpart, type) and carry the number of events,
 *   first and last day, the event ids and the government-side actors involved.
 */
import type { Actor, Event } from '$lib/schema/events';
import type { EventType } from '$lib/timeline/eventTypes';

export interface LinkSpan {
	/** First and last day (UTC days since 1970), null on an open side. */
	start: number | null;
	end: number | null;
	/** No usable date: counted only when no time window applies. */
	undated: boolean;
}

export interface LinkEvent {
	event: Event;
	span: LinkSpan;
}

/** One link contribution of one event. */
export interface RawLink {
	/** The company's actor id; null for a country-to-country link. */
	company: string | null;
	home: string;
	country: string;
	type: EventType;
	/** Government-side actors (bodies, officials) behind this contribution. */
	via: string[];
}

export interface Link {
	key: string;
	company: string | null;
	home: string;
	country: string;
	type: EventType;
	count: number;
	/** First and last day of the events behind the link; null when all are undated. */
	first: number | null;
	last: number | null;
	events: string[];
	via: string[];
}

export type ActorLookup = Pick<Map<string, Actor>, 'get'>;

export function linkKey(l: Pick<RawLink, 'company' | 'home' | 'country' | 'type'>): string {
	return `${l.company ?? `~${l.home}`}>${l.country}:${l.type}`;
}

/** The company an actor counts as, or null if it is not a company or product. */
export function companyOf(id: string, actors: ActorLookup): Actor | null {
	const actor = actors.get(id);
	if (!actor) return null;
	if (actor.kind === 'company') return actor;
	if (actor.kind === 'product') {
		const maker = actor.parent ? actors.get(actor.parent) : undefined;
		return maker && (maker.kind === 'company' || maker.kind === 'product') ? maker : actor;
	}
	return null;
}

/** A company's home country: its own, else the nearest owner's. */
export function homeOf(actor: Actor, actors: ActorLookup): string | null {
	let a: Actor | undefined = actor;
	for (let guard = 0; a && guard < 10; guard++) {
		if (a.country) return a.country;
		a = a.parent ? actors.get(a.parent) : undefined;
	}
	return null;
}

/** The country a government-side actor stands for, or null if the actor is not government-side. */
export function governmentCountry(actor: Actor, actors: ActorLookup): string | null {
	if (actor.kind === 'government') return homeOf(actor, actors);
	if (actor.kind === 'person') {
		for (const role of actor.roles ?? []) {
			const org = role.org ? actors.get(role.org) : undefined;
			if (org?.kind === 'government') return actor.country ?? homeOf(org, actors);
		}
	}
	return null;
}

const sortedUnique = (values: Iterable<string>) => [...new Set(values)].sort();

/** The links one event makes. */
export function eventLinks(event: Event, actors: ActorLookup): RawLink[] {
	const companies = new Map<string, { actor: Actor; home: string | null }>();
	const government: { id: string; country: string; role: string }[] = [];
	for (const { id, role } of event.actors) {
		const company = companyOf(id, actors);
		if (company) {
			if (!companies.has(company.id)) companies.set(company.id, { actor: company, home: homeOf(company, actors) });
			continue;
		}
		const actor = actors.get(id);
		const country = actor ? governmentCountry(actor, actors) : null;
		if (country) government.push({ id, country, role });
	}
	const out: RawLink[] = [];
	const type = event.type;
	if (companies.size === 0) {
		const countries = sortedUnique(government.map((g) => g.country));
		if (countries.length < 2) return out;
		const via = sortedUnique(government.map((g) => g.id));
		const doers = sortedUnique(government.filter((g) => g.role === 'actor').map((g) => g.country));
		const targets = sortedUnique(government.filter((g) => g.role === 'target').map((g) => g.country));
		const pairs: [string, string][] = [];
		if (doers.length && targets.length) {
			for (const a of doers) for (const b of targets) if (a !== b) pairs.push([a, b]);
		} else {
			for (let i = 0; i < countries.length; i++) for (let j = i + 1; j < countries.length; j++) pairs.push([countries[i]!, countries[j]!]);
		}
		for (const [home, country] of pairs) out.push({ company: null, home, country, type, via });
		return out;
	}
	const govCountries = sortedUnique(government.map((g) => g.country));
	const via = sortedUnique(government.map((g) => g.id));
	for (const [id, { home }] of companies) {
		if (!home) continue;
		let counterparts = govCountries;
		if (!counterparts.length) {
			counterparts = sortedUnique([...companies].filter(([other, c]) => other !== id && c.home && c.home !== home).map(([, c]) => c.home!));
		}
		if (!counterparts.length && event.location?.country) counterparts = [event.location.country];
		if (!counterparts.length) counterparts = event.countries.filter((c) => c !== home);
		for (const country of counterparts) out.push({ company: id, home, country, type, via: govCountries.length ? via : [] });
	}
	return out;
}

/** Does a span overlap the window [from, to] (days, inclusive)? Undated spans never do. */
export function inWindow(span: LinkSpan, window: [number, number] | null | undefined): boolean {
	if (!window) return true;
	if (span.undated) return false;
	return (span.start ?? -Infinity) <= window[1] && (span.end ?? Infinity) >= window[0];
}

/**
 * Links of a set of events (already filtered), optionally limited to a time window; sorted by
 * count (most first), then key.
 */
export function deriveLinks(events: Iterable<LinkEvent>, actors: ActorLookup, window?: [number, number] | null): Link[] {
	const links = new Map<string, Link>();
	for (const { event, span } of events) {
		if (!inWindow(span, window)) continue;
		const first = span.undated ? null : (span.start ?? span.end);
		const last = span.undated ? null : (span.end ?? span.start);
		for (const raw of eventLinks(event, actors)) {
			const key = linkKey(raw);
			let link = links.get(key);
			if (!link) {
				link = { key, ...raw, count: 0, first: null, last: null, events: [], via: [] };
				links.set(key, link);
			}
			if (link.events[link.events.length - 1] === event.id) continue;
			link.count++;
			link.events.push(event.id);
			if (first !== null && (link.first === null || first < link.first)) link.first = first;
			if (last !== null && (link.last === null || last > link.last)) link.last = last;
			for (const v of raw.via) if (!link.via.includes(v)) link.via.push(v);
		}
	}
	return [...links.values()]
		.map((l) => ({ ...l, via: l.via.sort() }))
		.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
