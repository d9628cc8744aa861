/**
 * The timeline's shared state: the container's width (measured once), the visible window in days,
 * and the scales derived from them. Layers read it from context and only draw.
 */
import { getContext, setContext } from 'svelte';
import { scaleUtc } from 'd3-scale';
import { DAY } from '$lib/timeline/span';
import { buildModel, layoutFrame, LANE, type LaneFrame, type TimelineModel } from '$lib/timeline/frame';
import type { TimelinePayload } from '$lib/timeline/payload';

const KEY = Symbol('timeline-chart');

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
	/** Bumped when the colour theme changes, so the canvas redraws in the new colours. */
	theme = $state(0);
	model: TimelineModel;

	constructor(payload: TimelinePayload) {
		this.model = $state.raw(buildModel(payload));
	}

	setPayload(payload: TimelinePayload) {
		this.model = buildModel(payload);
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
