/**
 * The links of a view, fetched from /api/links for its filters (the window, selection, language
 * and theme do not change them, so they are left out of the query) and fetched again when the
 * filters change. Used by the /map and /network pages and by the dashboard's panels.
 */
import { encodeViewState, type ViewState } from '$lib/timeline/urlState';
import type { LinksWire } from '$lib/links/payload';

/** The query /api/links needs for a view. */
export function linksQuery(view: ViewState): string {
	return encodeViewState({ ...view, start: null, end: null, event: null, theme: null, lang: 'en', group: 'company' });
}

export class LinksData {
	private fetched = $state.raw<{ query: string; payload: LinksWire } | null>(null);
	failed = $state(false);
	/** The links of the current filters, null until they arrive. */
	readonly current: LinksWire | null;
	/** The last links received, kept while new filters load (so a panel does not flash). */
	readonly latest: LinksWire | null;

	/** Call in a component's script; `query` returns linksQuery(view), or null to fetch nothing. */
	constructor(query: () => string | null) {
		this.current = $derived(this.fetched && this.fetched.query === query() ? this.fetched.payload : null);
		this.latest = $derived(this.fetched?.payload ?? null);
		$effect(() => {
			const q = query();
			if (q === null || this.fetched?.query === q) return;
			const controller = new AbortController();
			this.failed = false;
			fetch(`/api/links${q ? `?${q}` : ''}`, { signal: controller.signal })
				.then((r) => (r.ok ? (r.json() as Promise<LinksWire>) : Promise.reject(new Error(String(r.status)))))
				.then((payload) => (this.fetched = { query: q, payload }))
				.catch((e: Error) => {
					if (e.name !== 'AbortError') this.failed = true;
				});
			return () => controller.abort();
		});
	}
}
