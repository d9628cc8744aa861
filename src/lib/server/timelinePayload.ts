/**
 * What the dashboard's browser code receives: the matched events as parallel arrays (compact for
 * 100,000 events), their placements in lanes, the undated tray, and facet counts for the filter
 * bar. Titles are sent when few enough to keep the payload small; the rest load on demand.
 */
import type { ViewState } from '$lib/timeline/urlState';
import { EVENT_TYPES } from '$lib/timeline/eventTypes';
import { FLAG } from '$lib/timeline/span';
import type { ActorOption, TimelinePayload } from '$lib/timeline/payload';
import { allocateColumns, columnsBytes, NO_DAY } from '$lib/timeline/columns';
import { encodeViewState, filterKey } from '$lib/timeline/urlState';
import { NO_LANE, type CorpusIndex, type IndexedEvent } from './corpus';

/** Above this many dated events the titles stay on the server (tooltips fetch them). */
export const TITLE_LIMIT = 2_000;
const UNDATED_LIMIT = 500;

/** Payloads are cached per view on the index: the same filters are served without rebuilding. */
export function buildTimelinePayload(index: CorpusIndex, state: ViewState): TimelinePayload {
	return built(index, state).payload;
}

/** The bytes of the view's columns, for /api/timeline/columns (cached with the payload). */
export function timelineColumnsBytes(index: CorpusIndex, state: ViewState): Uint8Array {
	return built(index, state).bytes;
}

function built(index: CorpusIndex, state: ViewState): { payload: TimelinePayload; bytes: Uint8Array } {
	const key = `${filterKey(state)}&lang=${state.lang}`;
	return index.cached(`payload:${key}`, () => build(index, state));
}

function build(index: CorpusIndex, state: ViewState): { payload: TimelinePayload; bytes: Uint8Array } {
	const matched = index.match(state);
	const dated = matched.filter((e) => !(e.span.flags & FLAG.undated));
	const undated = matched.filter((e) => e.span.flags & FLAG.undated);
	const withTitles = dated.length <= TITLE_LIMIT;

	const laneCounts = new Map<string, number>();
	for (const e of matched) for (const key of e.lanes[state.group]) laneCounts.set(key, (laneCounts.get(key) ?? 0) + 1);
	const order = state.group === 'type' ? (k: string) => EVENT_TYPES.indexOf(k as never) : null;
	const lanes = [...laneCounts]
		.sort((a, b) => (order ? order(a[0]) - order(b[0]) : (a[0] === NO_LANE ? 1 : 0) - (b[0] === NO_LANE ? 1 : 0) || b[1] - a[1] || a[0].localeCompare(b[0])))
		.map(([key, count]) => (state.group === 'company' && key !== NO_LANE ? { key, count, name: index.actorName(key) } : { key, count }));
	const laneIndex = new Map(lanes.map((l, k) => [l.key, k]));

	let placementCount = 0;
	for (const e of dated) placementCount += e.lanes[state.group].length;
	const columns = allocateColumns(dated.length, placementCount);
	let p = 0;
	dated.forEach((e, k) => {
		columns.n[k] = e.n;
		columns.type[k] = e.type;
		columns.start[k] = e.span.start ?? NO_DAY;
		columns.end[k] = e.span.end ?? NO_DAY;
		columns.flags[k] = e.span.flags;
		columns.sources[k] = Math.min(65_535, e.event.sources.length);
		for (const key of e.lanes[state.group]) {
			columns.placementLane[p] = laneIndex.get(key)!;
			columns.placementEvent[p] = k;
			p++;
		}
	});

	// The version changes with the events file, so a cached response never meets another corpus.
	const query = encodeViewState({ ...state, start: null, end: null, event: null, theme: null, lang: 'en' });
	const columnsUrl = `/api/timeline/columns?${query}${query ? '&' : ''}v=${index.version}`;
	const payload: TimelinePayload = {
		corpus: {
			articles: index.file.articles.length,
			events: index.events.length,
			first: index.daySpan.first,
			last: index.daySpan.last
		},
		matched: matched.length,
		lanes,
		count: dated.length,
		placements: placementCount,
		columnsUrl,
		ids: withTitles ? dated.map((e) => e.event.id) : null,
		titles: withTitles ? dated.map((e) => e.event.title[state.lang]) : null,
		undated: undated.slice(0, UNDATED_LIMIT).map((e) => ({
			id: e.event.id,
			type: e.type,
			title: e.event.title[state.lang],
			month: e.span.month,
			flags: e.span.flags,
			sources: e.event.sources.length
		})),
		undatedCount: undated.length,
		facets: facets(index, state),
		...actorChoices(index, state)
	};
	return { payload, bytes: columnsBytes(columns) };
}

function facets(index: CorpusIndex, state: ViewState): TimelinePayload['facets'] {
	const types = EVENT_TYPES.map(() => 0);
	for (const e of index.match(state, 'types')) types[e.type]!++;
	const countries = new Map<string, number>();
	for (const e of index.match(state, 'countries')) for (const c of e.event.countries) countries.set(c, (countries.get(c) ?? 0) + 1);
	return { types, countries: [...countries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])) };
}

/** Actors the page carries for the actor filter; beyond these, /api/actors searches. */
export const ACTOR_OPTIONS = 300;

function actorChoices(index: CorpusIndex, state: ViewState): Pick<TimelinePayload, 'actors' | 'actorsTotal'> {
	const all = actorOptions(index, state);
	const selected = new Set(state.actors);
	const actors = all.filter((a, k) => k < ACTOR_OPTIONS || selected.has(a.id));
	// A selected actor no event names under the other filters still needs its chip's name.
	for (const id of selected) {
		if (!actors.some((a) => a.id === id) && index.actors.has(id)) actors.push({ id, name: index.actorName(id), kind: index.actors.get(id)!.kind, count: 0 });
	}
	return { actors, actorsTotal: all.length };
}

/** Every actor with how many events (under the other filters) name it, most named first. */
export function actorOptions(index: CorpusIndex, state: ViewState): ActorOption[] {
	return index.cached(`actors:${filterKey({ ...state, actors: [] })}`, () => countActors(index, state));
}

function countActors(index: CorpusIndex, state: ViewState): ActorOption[] {
	const counts = new Map<string, number>();
	for (const e of index.match(state, 'actors')) for (const a of e.event.actors) counts.set(a.id, (counts.get(a.id) ?? 0) + 1);
	return [...counts]
		.map(([id, count]) => ({ id, name: index.actorName(id), kind: index.actors.get(id)?.kind ?? 'organization', count }))
		.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export type { IndexedEvent };
