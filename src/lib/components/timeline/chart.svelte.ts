/**
 * The timeline's shared state: the container's width (measured once), the visible window in days,
 * and the scales derived from them. Layers read it from context and only draw.
 */
import { getContext, setContext } from 'svelte';
import { scaleUtc } from 'd3-scale';
import { DAY } from '$lib/timeline/span';
import { buildModel, layoutFrame, LANE, type LaneFrame, type TimelineModel } from '$lib/timeline/frame';
import type { TimelinePayload } from '$lib/timeline/payload';
import type { TimelineColumns } from '$lib/timeline/columns';
import type { Lang } from '$lib/timeline/urlState';

const KEY = Symbol('timeline-chart');

export interface EventInfo {
	id: string;
	title: string;
}

export interface PerfRecord {
	/** ms since navigation start when the timeline was first drawn. */
	firstRender: number | null;
	/** Duration of each canvas redraw, ms. */
	frames: number[];
}

/** Least and most days a window may show: a week, and six centuries. */
export const MIN_SPAN_DAYS = 7;
export const MAX_SPAN_DAYS = 365.25 * 600;

export class TimelineChart {
	width = $state(0);
	/** Visible window [first day, last day] (fractional days). */
	view = $state.raw<[number, number]>([0, 1]);
	/** Lanes scrolled into view: [first, last). */
	laneRange = $state.raw<[number, number]>([0, 0]);
	/** Event under the pointer or keyboard focus, for highlighting. */
	hovered = $state<number | null>(null);
	/** A wheel, drag or pinch on the plot is moving the view. */
	zoomGesture = $state(false);
	/** The overview's brush is being dragged. */
	brushGesture = $state(false);
	/**
	 * While a hand moves the view the canvas draws every mark, and the SVG marks stay as they were
	 * (unseen) until it stops, instead of moving hundreds of nodes a frame.
	 */
	readonly gesturing = $derived(this.zoomGesture || this.brushGesture);
	/** Bumped when the colour theme changes, so the canvas redraws in the new colours. */
	theme = $state(0);
	model: TimelineModel;
	/** Language of titles fetched on demand. */
	lang = $state<Lang>('en');
	/** Bumped whenever a fetched id and title arrives, so labels that wait for one update. */
	fetchedCount = $state(0);
	private fetched = new Map<string, Promise<EventInfo | null>>();
	private arrived = new Map<string, EventInfo>();

	constructor(payload: TimelinePayload, columns: TimelineColumns) {
		this.model = $state.raw(buildModel(payload, columns));
	}

	/**
	 * Id and title of event k if known now. A very large payload carries neither (only positions
	 * in the events file): then the first call fetches them and later calls find them.
	 */
	known(k: number): EventInfo | null {
		const { ids, titles } = this.model.payload;
		if (ids && titles) return { id: ids[k]!, title: titles[k]! };
		const key = `${this.lang}:${this.model.columns.n[k]}`;
		const hit = this.arrived.get(key);
		if (!hit) void this.lookup(k);
		return hit ?? null;
	}

	/** The id of event k, fetched by position when the page does not carry it. */
	async idAt(k: number): Promise<string | null> {
		const ids = this.model.payload.ids;
		if (ids) return ids[k] ?? null;
		return (await this.lookup(k))?.id ?? null;
	}

	/** Positions waiting for the next batch request, with the promises that wait on them. */
	private queue = new Map<string, { n: number; resolve: (info: EventInfo | null) => void }>();
	private flushing = false;

	private lookup(k: number): Promise<EventInfo | null> {
		const n = this.model.columns.n[k];
		if (n === undefined) return Promise.resolve(null);
		const key = `${this.lang}:${n}`;
		let pending = this.fetched.get(key);
		if (!pending) {
			pending = new Promise((resolve) => this.queue.set(key, { n, resolve }));
			this.fetched.set(key, pending);
			if (!this.flushing) {
				this.flushing = true;
				// Everything asked for while this frame renders goes out in one request.
				setTimeout(() => void this.flush(), 0);
			}
		}
		return pending;
	}

	private async flush() {
		this.flushing = false;
		const lang = this.lang;
		const batch = [...this.queue].slice(0, 500);
		for (const [key] of batch) this.queue.delete(key);
		if (this.queue.size) {
			this.flushing = true;
			setTimeout(() => void this.flush(), 0);
		}
		let items: { n: number; id: string | null; title: string | null }[] = [];
		try {
			const response = await fetch(`/api/events/titles?lang=${lang}&n=${batch.map(([, q]) => q.n).join(',')}`);
			if (response.ok) items = ((await response.json()) as { items: typeof items }).items;
		} catch {
			// Offline or the server went away: the labels stay generic and may be asked for again.
		}
		const byN = new Map(items.map((item) => [item.n, item]));
		for (const [key, { n, resolve }] of batch) {
			const item = byN.get(n);
			if (item?.id && item.title !== null) {
				const info = { id: item.id, title: item.title };
				this.arrived.set(key, info);
				resolve(info);
			} else {
				this.fetched.delete(key);
				resolve(null);
			}
		}
		this.fetchedCount++;
	}

	setPayload(payload: TimelinePayload, columns: TimelineColumns) {
		if (this.model.payload !== payload || this.model.columns !== columns) this.model = buildModel(payload, columns);
	}

	readonly x = $derived(scaleUtc().domain([this.view[0] * DAY, this.view[1] * DAY]).range([0, Math.max(1, this.width)]));

	dayToX = (day: number) => ((day - this.view[0]) / (this.view[1] - this.view[0])) * this.width;
	xToDay = (px: number) => this.view[0] + (px / Math.max(1, this.width)) * (this.view[1] - this.view[0]);

	readonly frames: LaneFrame[] = $derived.by(() => {
		const [a, b] = this.laneRange;
		const lanes: number[] = [];
		for (let l = a; l < b; l++) lanes.push(l);
		if (this.width <= 0) return [];
		return layoutFrame({ model: this.model, x: this.dayToX, dayAt: this.xToDay, width: this.width, lanes });
	});

	private settled: LaneFrame[] = [];
	/** The frames the SVG marks show: the current ones, or while a gesture runs those from before it. */
	readonly settledFrames: LaneFrame[] = $derived.by(() => {
		if (this.gesturing) return this.settled;
		this.settled = this.frames;
		return this.settled;
	});

	/** The span of all dated events, padded so glyphs at the ends are not cut off. */
	readonly extent: [number, number] = $derived.by(() => {
		const anchors = this.model.anchor;
		if (anchors.length === 0) return [0, 365];
		let lo = Infinity;
		let hi = -Infinity;
		for (let k = 0; k < anchors.length; k++) {
			const s = this.model.start[k]!;
			const e = this.model.end[k]!;
			lo = Math.min(lo, Number.isNaN(s) ? anchors[k]! : s);
			hi = Math.max(hi, Number.isNaN(e) ? anchors[k]! : e + 1);
		}
		const pad = Math.max(3, (hi - lo) * 0.04);
		return [lo - pad, hi + pad];
	});

	/**
	 * Draw timings for the benchmark: the page exposes them as window.__linimasaPerf. The first
	 * complete draw marks the first render.
	 */
	reportFrame(ms: number) {
		if (typeof window === 'undefined') return;
		const perf = ((window as unknown as { __linimasaPerf?: PerfRecord }).__linimasaPerf ??= { firstRender: null, frames: [] });
		perf.frames.push(ms);
		if (perf.frames.length > 2000) perf.frames.splice(0, perf.frames.length - 2000);
		if (perf.firstRender === null && this.width > 0) perf.firstRender = performance.now();
	}

	laneY(lane: number): number {
		return (lane - this.laneRange[0]) * LANE.height;
	}
}

export function setChart(chart: TimelineChart): TimelineChart {
	return setContext(KEY, chart);
}

export function getChart(): TimelineChart {
	return getContext<TimelineChart>(KEY);
}
