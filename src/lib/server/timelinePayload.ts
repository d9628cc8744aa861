/**
 * What the dashboard's browser code receives: the matched events as parallel arrays (compact for
 * 100,000 events), their placements in lanes, the undated tray, and facet counts for the filter
 * bar. Titles are sent when few enough to keep the payload small; the rest load on demand.
 */
import type { ViewState } from '$lib/timeline/urlState';
import { EVENT_TYPES } from '$lib/timeline/eventTypes';
import { FLAG } from '$lib/timeline/span';
import type { TimelinePayload } from '$lib/timeline/payload';
import { NO_LANE, type CorpusIndex, type IndexedEvent } from './corpus';

/** Above this many dated events the titles stay on the server (tooltips fetch them). */
export const TITLE_LIMIT = 20_000;
const UNDATED_LIMIT = 500;

export function buildTimelinePayload(index: CorpusIndex, state: ViewState): TimelinePayload {
	const matched = index.match(state);
	const dated = matched.filter((e) => !(e.span.flags & FLAG.undated));
	const undated = matched.filter((e) => e.span.flags & FLAG.undated);
	const withTitles = dated.length <= TITLE_LIMIT;

	const laneCounts = new Map<string, number>();
	for (const e of matched) for (const key of e.lanes[state.group]) laneCounts.set(key, (laneCounts.get(key) ?? 0) + 1);
	const order = state.group === 'type' ? (k: string) => EVENT_TYPES.indexOf(k as never) : null;
	const lanes = [...laneCounts]
		.sort((a, b) => (order ? order(a[0]) - order(b[0]) : (a[0] === NO_LANE ? 1 : 0) - (b[0] === NO_LANE ? 1 : 0) || b[1] - a[1] || a[0].localeCompare(b[0])))
		.map(([key, count]) => ({ key, count }));
	const laneIndex = new Map(lanes.map((l, k) => [l.key, k]));

	const events: TimelinePayload['events'] = { id: [], type: [], start: [], end: [], flags: [], sources: [], title: withTitles ? [] : null };
	const placements: TimelinePayload['placements'] = { lane: [], event: [] };
	dated.forEach((e, k) => {
		events.id.push(e.event.id);
		events.type.push(e.type);
		events.start.push(e.span.start);
		events.end.push(e.span.end);
		events.flags.push(e.span.flags);
		events.sources.push(e.event.sources.length);
		events.title?.push(e.event.title[state.lang]);
		for (const key of e.lanes[state.group]) {
			placements.lane.push(laneIndex.get(key)!);
			placements.event.push(k);
		}
	});

	const anchors = index.events.map((e) => e.anchor).filter((d): d is number => d !== null);
	return {
		corpus: {
			articles: index.file.articles.length,
			events: index.events.length,
			first: anchors.length ? anchors[0]! : null,
			last: anchors.length ? anchors[anchors.length - 1]! : null
		},
		matched: matched.length,
		lanes,
		events,
		placements,
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
		actors: actorOptions(index, state)
	};
}

function facets(index: CorpusIndex, state: ViewState): TimelinePayload['facets'] {
	const types = EVENT_TYPES.map(() => 0);
	for (const e of index.match(state, 'types')) types[e.type]!++;
	const countries = new Map<string, number>();
	for (const e of index.match(state, 'countries')) for (const c of e.event.countries) countries.set(c, (countries.get(c) ?? 0) + 1);
	return { types, countries: [...countries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])) };
}

/** Every actor with how many events (under the other filters) name it, most named first. */
function actorOptions(index: CorpusIndex, state: ViewState): TimelinePayload['actors'] {
	const counts = new Map<string, number>();
	for (const e of index.match(state, 'actors')) for (const a of e.event.actors) counts.set(a.id, (counts.get(a.id) ?? 0) + 1);
	for (const id of state.actors) if (!counts.has(id) && index.actors.has(id)) counts.set(id, 0);
	return [...counts]
		.map(([id, count]) => ({ id, name: index.actorName(id), kind: index.actors.get(id)?.kind ?? 'organization', count }))
		.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export type { IndexedEvent };
