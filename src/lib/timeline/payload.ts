/** The dashboard payload's shape, shared by the server that builds it and the browser that draws it. */
export interface TimelinePayload {
	corpus: {
		articles: number;
		events: number;
		/** First and last dated day of the whole corpus (days since 1970-01-01). */
		first: number | null;
		last: number | null;
	};
	/** Events matching the filters, dated or not. */
	matched: number;
	/** Lanes of the current grouping, in display order; `key` is an actor id, country code, kind or type. */
	lanes: { key: string; count: number; name?: string }[];
	/** Dated matched events (the columns' length) and their lane placements. */
	count: number;
	placements: number;
	/** Where the browser fetches the TimelineColumns bytes of this view (see columns.ts). */
	columnsUrl: string;
	/** Ids and titles (in the page's language) when few enough; otherwise fetched on demand by position. */
	ids: string[] | null;
	titles: string[] | null;
	undated: { id: string; type: number; title: string; month: number | null; flags: number; sources: number }[];
	undatedCount: number;
	facets: {
		/** Count per EVENT_TYPES index under the other filters. */
		types: number[];
		countries: [string, number][];
	};
	/** The most named actors under the other filters (and the selected ones); the rest by search. */
	actors: ActorOption[];
	/** How many actors there are to choose from in all (more than `actors` holds: search for them). */
	actorsTotal: number;
}

export interface ActorOption {
	id: string;
	name: string;
	kind: string;
	count: number;
}
