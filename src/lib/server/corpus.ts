/**
 * The loaded events file, indexed for the dashboard: each event's span in days, its lanes under
 * every grouping, and a full-text index (MiniSearch) over titles, evidence and actor names, built
 * the first time someone searches. One index per events file, rebuilt when the file changes.
 */
import MiniSearch from 'minisearch';
import { error } from '@sveltejs/kit';
import { EventsFileError, loadEvents } from './events';
import type { Actor, Event, EventsFile } from '$lib/schema/events';
import { anchorDay, FLAG, type TimeSpan } from '$lib/timeline/span';
import { toTimeSpan } from '$lib/timeline/toTimeSpan';
import { extendSpans } from '$lib/timeline/eventSpans';
import { EVENT_TYPES } from '$lib/timeline/eventTypes';
import { filterKey, startOf, endOf, type Grouping, type ViewState } from '$lib/timeline/urlState';
import { dayOf } from '$lib/timeline/span';

export interface IndexedEvent {
	n: number;
	event: Event;
	span: TimeSpan;
	anchor: number | null;
	type: number;
	lanes: Record<Grouping, string[]>;
}

export const NO_LANE = '~none';

let indexCount = 0;

export class CorpusIndex {
	readonly events: IndexedEvent[];
	readonly byId = new Map<string, IndexedEvent>();
	/** Events by their position in the events file (the `n` the timeline columns carry). */
	readonly byN: IndexedEvent[] = [];
	readonly actors = new Map<string, Actor>();
	/** Actor id -> every actor it owns or is, for "filter by Tencent" to include WeChat. */
	private family = new Map<string, Set<string>>();
	private searchIndex: MiniSearch | null = null;
	/** Differs for every index built (each load of an events file), for cache-safe URLs. */
	readonly version = `${Date.now().toString(36)}${(indexCount++).toString(36)}`;

	constructor(readonly file: EventsFile) {
		for (const a of file.actors) this.actors.set(a.id, a);
		for (const a of file.actors) {
			for (let up: string | null | undefined = a.id, guard = 0; up && guard < 10; up = this.actors.get(up)?.parent, guard++) {
				const set = this.family.get(up) ?? new Set([up]);
				set.add(a.id);
				this.family.set(up, set);
			}
		}
		this.events = file.events
			.map((event, n) => {
				const span = toTimeSpan(event.date);
				if (event.sources.length > 1) span.flags |= FLAG.multiSource;
				if (event.status === 'planned') span.flags |= FLAG.planned;
				if (event.status === 'ongoing') span.flags |= FLAG.ongoing;
				if (event.curation) span.flags |= FLAG.curated;
				return { n, event, span, anchor: anchorDay(span), type: EVENT_TYPES.indexOf(event.type), lanes: this.lanesOf(event) };
			});
		// Durations and bans until lifted become ranges (the anchor, the start, does not move).
		extendSpans(this.events.map((e) => ({ type: e.event.type, status: e.event.status, duration: e.event.duration, actors: e.event.actors, span: e.span })));
		this.events = this.events
			.sort((a, b) => (a.anchor ?? Infinity) - (b.anchor ?? Infinity) || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));
		for (const e of this.events) {
			this.byId.set(e.event.id, e);
			this.byN[e.n] = e;
		}
	}

	private lanesOf(event: Event): Record<Grouping, string[]> {
		const company = new Set<string>();
		const kind = new Set<string>();
		for (const { id } of event.actors) {
			const actor = this.actors.get(id);
			if (!actor) continue;
			kind.add(actor.kind === 'product' ? 'company' : actor.kind);
			if (actor.kind === 'company' || actor.kind === 'organization') company.add(id);
			// A product sits in its maker's lane when the maker is known ("WeChat" under Tencent).
			if (actor.kind === 'product') company.add(actor.parent && this.actors.has(actor.parent) ? actor.parent : id);
		}
		const orNone = (s: Iterable<string>) => {
			const list = [...s].sort();
			return list.length ? list : [NO_LANE];
		};
		return { company: orNone(company), country: orNone(event.countries), kind: orNone(kind), type: [event.type] };
	}

	/** Events matching every filter in the state; `except` leaves one filter out (for facet counts). */
	match(state: ViewState, except?: 'types' | 'actors' | 'countries'): IndexedEvent[] {
		return this.cached(`match:${except ?? ''}:${filterKey(state)}`, () => this.matchUncached(state, except));
	}

	private matchUncached(state: ViewState, except?: 'types' | 'actors' | 'countries'): IndexedEvent[] {
		const types = except === 'types' ? null : state.types.length ? new Set(state.types.map((t) => EVENT_TYPES.indexOf(t))) : null;
		const actors = except === 'actors' || !state.actors.length ? null : new Set(state.actors.flatMap((id) => [...(this.family.get(id) ?? [id])]));
		const countries = except === 'countries' || !state.countries.length ? null : new Set(state.countries);
		const from = state.from ? dayOf(startOf(state.from)) : null;
		const to = state.to ? dayOf(endOf(state.to)) : null;
		const hits = state.q ? this.search(state.q) : null;
		return this.events.filter((e) => {
			if (types && !types.has(e.type)) return false;
			if (actors && !e.event.actors.some((a) => actors.has(a.id))) return false;
			if (countries && !e.event.countries.some((c) => countries.has(c))) return false;
			if (from !== null || to !== null) {
				if (e.span.flags & FLAG.undated) return false;
				if (from !== null && e.span.end !== null && e.span.end < from) return false;
				if (to !== null && e.span.start !== null && e.span.start > to) return false;
			}
			return !hits || hits.has(e.n);
		});
	}

	/** Event positions matching a free-text query (prefix and slight misspellings allowed). */
	search(q: string): Set<number> {
		this.searchIndex ??= this.buildSearch();
		return new Set(this.searchIndex.search(q, { prefix: true, fuzzy: 0.2, combineWith: 'AND' }).map((r) => r.id as number));
	}

	private buildSearch(): MiniSearch {
		const index = new MiniSearch({ fields: ['title', 'evidence', 'actors'], storeFields: [], searchOptions: { boost: { title: 3, actors: 2 } } });
		index.addAll(
			this.file.events.map((event, n) => ({
				id: n,
				title: `${event.title.en} ${event.title.id}`,
				evidence: event.sources.map((s) => s.quote).join(' '),
				actors: event.actors.map((a) => [this.actors.get(a.id)?.name ?? a.id, ...(this.actors.get(a.id)?.aliases ?? [])].join(' ')).join(' ')
			}))
		);
		return index;
	}

	/** A small cache of computed views (payloads, matches): a few recent entries, oldest dropped. */
	private cache = new Map<string, unknown>();
	cached<T>(key: string, build: () => T): T {
		if (this.cache.has(key)) {
			const value = this.cache.get(key) as T;
			this.cache.delete(key);
			this.cache.set(key, value);
			return value;
		}
		const value = build();
		this.cache.set(key, value);
		if (this.cache.size > 24) this.cache.delete(this.cache.keys().next().value!);
		return value;
	}

	/** First and last anchor day of the dated events (events are sorted, undated last). */
	get daySpan(): { first: number | null; last: number | null } {
		let last: number | null = null;
		for (let k = this.events.length - 1; k >= 0 && last === null; k--) last = this.events[k]!.anchor;
		return { first: this.events[0]?.anchor ?? null, last };
	}

	actorName(id: string): string {
		return this.actors.get(id)?.name ?? id;
	}
}

const cache = new WeakMap<EventsFile, CorpusIndex>();

/** The index of the events file the server shows; a missing or broken file is a 503 that says why. */
export function currentIndex(): CorpusIndex {
	try {
		return indexOf(loadEvents());
	} catch (e) {
		if (e instanceof EventsFileError) error(503, e.message);
		throw e;
	}
}

export function indexOf(file: EventsFile): CorpusIndex {
	let index = cache.get(file);
	if (!index) {
		index = new CorpusIndex(file);
		cache.set(file, index);
	}
	return index;
}
