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
	lanes: { key: string; count: number }[];
	/** Dated matched events as parallel arrays; index k is one event. */
	events: {
		id: string[];
		/** Index into EVENT_TYPES. */
		type: number[];
		/** First and last day, null on an open side. */
		start: (number | null)[];
		end: (number | null)[];
		/** FLAG bits. */
		flags: number[];
		sources: number[];
		/** In the page's language; null when there are too many (fetched on demand). */
		title: string[] | null;
	};
	/** Event k drawn in lane l: an event in several lanes (two companies) is drawn in each. */
	placements: { lane: number[]; event: number[] };
	undated: { id: string; type: number; title: string; month: number | null; flags: number; sources: number }[];
	undatedCount: number;
	facets: {
		/** Count per EVENT_TYPES index under the other filters. */
		types: number[];
		countries: [string, number][];
	};
	actors: { id: string; name: string; kind: string; count: number }[];
}
