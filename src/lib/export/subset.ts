/**
 * What an export holds: the events matching the view, limited to the visible window when one is
 * given, and an events file of them with exactly the articles and actors they reference.
 */
import type { Article, EventsFile, Event } from '$lib/schema/events';
import { FLAG, dayOf, type TimeSpan } from '$lib/timeline/span';
import { endOf, startOf, type ViewState } from '$lib/timeline/urlState';

/**
 * Whether an event's span overlaps the window [start, end] (date parameters, inclusive). Open
 * sides reach as far as they must; undated events overlap no window.
 */
export function overlapsWindow(span: Pick<TimeSpan, 'start' | 'end' | 'flags'>, start: string, end: string): boolean {
	if (span.flags & FLAG.undated) return false;
	const from = dayOf(startOf(start));
	const to = dayOf(endOf(end));
	if (span.end !== null && span.end < from) return false;
	if (span.start !== null && span.start > to) return false;
	return true;
}

/** The matched events of a view, limited to its window when it has one. */
export function inView<T extends { span: Pick<TimeSpan, 'start' | 'end' | 'flags'> }>(matched: readonly T[], state: Pick<ViewState, 'start' | 'end'>): T[] {
	const { start, end } = state;
	return start && end ? matched.filter((e) => overlapsWindow(e.span, start, end)) : [...matched];
}

/** How many articles the events cite. */
export function articleCount(events: Iterable<Event>): number {
	const ids = new Set<string>();
	for (const e of events) for (const s of e.sources) ids.add(s.article);
	return ids.size;
}

/**
 * An events file of some of a file's events, in the file's order, with the articles they cite and
 * the actors they name (and those actors' parents and the bodies their posts belong to, so every
 * reference resolves). Nothing was rejected in making it: `rejected` is empty.
 */
export function subsetFile(file: EventsFile, events: Iterable<Event>): EventsFile {
	const chosen = new Set(events);
	const kept = file.events.filter((e) => chosen.has(e));
	const articleIds = new Set(kept.flatMap((e) => e.sources.map((s) => s.article)));
	const byId = new Map(file.actors.map((a) => [a.id, a]));
	const actorIds = new Set<string>();
	const add = (id: string | null | undefined) => {
		if (!id || actorIds.has(id) || !byId.has(id)) return;
		actorIds.add(id);
		const actor = byId.get(id)!;
		add(actor.parent);
		for (const role of actor.roles ?? []) add(role.org);
	};
	for (const e of kept) for (const a of e.actors) add(a.id);
	return {
		schemaVersion: file.schemaVersion,
		articlesDir: file.articlesDir,
		articles: file.articles.filter((a: Article) => articleIds.has(a.id)),
		actors: file.actors.filter((a) => actorIds.has(a.id)),
		events: kept,
		rejected: []
	};
}
