/** Details of one event and pages of the events table, from the corpus index. */
import type { Lang, ViewState } from '$lib/timeline/urlState';
import type { EventDetail, TablePage } from '$lib/timeline/detail';
import type { CorpusIndex } from './corpus';

export function eventDetail(index: CorpusIndex, id: string): EventDetail | null {
	const indexed = index.byId.get(id);
	if (!indexed) return null;
	const e = indexed.event;
	const articles = new Map(index.file.articles.map((a) => [a.id, a]));
	return {
		id: e.id,
		n: indexed.n,
		type: e.type,
		cameo: e.cameo,
		date: e.date,
		dateBasis: e.dateBasis,
		duration: e.duration,
		status: e.status,
		title: e.title,
		span: { start: indexed.span.start, end: indexed.span.end, flags: indexed.span.flags, month: indexed.span.month },
		actors: e.actors.map((a) => {
			const actor = index.actors.get(a.id);
			return { id: a.id, name: actor?.name ?? a.id, kind: actor?.kind ?? 'organization', role: a.role, country: actor?.country ?? null };
		}),
		countries: e.countries,
		location: e.location,
		confidence: e.confidence,
		sources: e.sources.map((s) => {
			const article = articles.get(s.article);
			return {
				article: s.article,
				articleTitle: article?.title ?? null,
				outlet: article?.outlet ?? null,
				published: article?.published ?? null,
				quote: s.quote,
				start: s.start,
				end: s.end,
				dateText: s.dateText
			};
		}),
		curation: e.curation ? { reason: e.curation.reason, action: e.curation.action } : null
	};
}

export const TABLE_PAGE = 50;

/** Matched events in time order (undated last), one page at a time. */
export function tablePage(index: CorpusIndex, state: ViewState, offset: number, lang: Lang, limit = TABLE_PAGE): TablePage {
	const matched = index.match(state);
	const rows = matched.slice(offset, offset + limit).map((e) => ({
		id: e.event.id,
		type: e.type,
		title: e.event.title[lang],
		span: { start: e.span.start, end: e.span.end, flags: e.span.flags, month: e.span.month },
		actors: e.event.actors.map((a) => index.actorName(a.id)),
		countries: e.event.countries,
		sources: e.event.sources.length
	}));
	return { rows, offset, total: matched.length, lang };
}
