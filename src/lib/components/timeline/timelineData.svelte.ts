/**
 * The timeline's data for a page: its payload (page data) and the columns fetched as bytes beside
 * it (preloaded in <head>). Until a new view's columns arrive, the previous view stays shown and
 * `busy` says so; a payload and another view's columns never mix.
 */
import { untrack } from 'svelte';
import { readColumns, type TimelineColumns } from '$lib/timeline/columns';
import type { TimelinePayload } from '$lib/timeline/payload';

export class TimelineData {
	shown = $state.raw<{ payload: TimelinePayload; columns: TimelineColumns } | null>(null);
	error = $state<string | null>(null);
	readonly busy: boolean;

	/** Call in a component's script: `current` returns the page's payload (reactively). */
	constructor(current: () => TimelinePayload) {
		this.busy = $derived(this.shown !== null && this.shown.payload !== current());
		$effect(() => {
			const payload = current();
			if (untrack(() => this.shown?.payload) === payload) return;
			const controller = new AbortController();
			fetch(payload.columnsUrl, { signal: controller.signal })
				.then((r) => {
					if (!r.ok) throw new Error(`HTTP ${r.status}`);
					return r.arrayBuffer();
				})
				.then((buffer) => {
					this.shown = { payload, columns: readColumns(buffer, payload.count, payload.placements) };
					this.error = null;
				})
				.catch((e: Error) => {
					if (!controller.signal.aborted) this.error = e.message;
				});
			return () => controller.abort();
		});
	}
}
