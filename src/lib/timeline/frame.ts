/**
 * What to draw in one frame: for each lane in view, either its events as glyphs stacked in rows,
 * or — when they would need more rows than the lane has — a density strip of counts per few
 * pixels, which turns back into glyphs as the user zooms in. Pure: the same frame is drawn on a
 * canvas in the browser and as SVG on the server.
 */
import type { TimelinePayload } from './payload';
import { NO_DAY, type TimelineColumns } from './columns';
import { densityBins, indexLanes, lowerBound, stackRows, visibleRange, type LaneIndex } from './layout';
import { FLAG } from './span';

export const LANE = {
	/** Height of a lane (three rows of glyphs). */
	height: 54,
	rowHeight: 15,
	rows: 3,
	/** A glyph's half width, and the least gap between glyphs in a row. */
	glyph: 6,
	gap: 3,
	/** Width of a density bin. */
	binPx: 4,
	/** Length of the fading tail that shows an open side. */
	openTail: 36
} as const;

export interface TimelineModel {
	payload: TimelinePayload;
	columns: TimelineColumns;
	lanes: LaneIndex[];
	/** Day each event is drawn at: its start, or its end when the start is open. */
	anchor: Float64Array;
	start: Float64Array;
	end: Float64Array;
	/**
	 * Per lane, the most days any closed span in it covers: how far before the window to look for
	 * bars that start before it but reach into it.
	 */
	reach: Float64Array;
}

export function buildModel(payload: TimelinePayload, columns: TimelineColumns): TimelineModel {
	const n = payload.count;
	const start = new Float64Array(n);
	const end = new Float64Array(n);
	const anchor = new Float64Array(n);
	for (let k = 0; k < n; k++) {
		const s = columns.start[k]!;
		const e = columns.end[k]!;
		start[k] = s === NO_DAY ? Number.NaN : s;
		end[k] = e === NO_DAY ? Number.NaN : e;
		anchor[k] = s !== NO_DAY ? s : e !== NO_DAY ? e : 0;
	}
	const lanes = indexLanes(payload.lanes.length, columns.placementLane, columns.placementEvent, (e) => anchor[e]!);
	const reach = new Float64Array(payload.lanes.length);
	for (let p = 0; p < columns.placementLane.length; p++) {
		const lane = columns.placementLane[p]!;
		const e = columns.placementEvent[p]!;
		const days = end[e]! - start[e]! + 1;
		if (days > reach[lane]!) reach[lane] = days;
	}
	return { payload, columns, lanes, anchor, start, end, reach };
}

/** An event's id when the page has it; with very many events it is fetched by position instead. */
export function idOf(model: TimelineModel, event: number): string | null {
	return model.payload.ids?.[event] ?? null;
}

export interface Mark {
	/** Index of the event in the payload arrays. */
	event: number;
	/** Glyph position and the bar it stands on (x0 === x1 for a single day). */
	x: number;
	x0: number;
	x1: number;
	row: number;
	openStart: boolean;
	openEnd: boolean;
}

export type LaneFrame =
	| { lane: number; mode: 'marks'; marks: Mark[] }
	| { lane: number; mode: 'density'; bins: Uint32Array; max: number; visible: number };

export interface FrameInput {
	model: TimelineModel;
	/** Day -> pixel and pixel -> day for the current window. */
	x: (day: number) => number;
	dayAt: (px: number) => number;
	width: number;
	/** Lanes to lay out (those scrolled into view). */
	lanes: Iterable<number>;
}

export function layoutFrame({ model, x, dayAt, width, lanes }: FrameInput): LaneFrame[] {
	const frames: LaneFrame[] = [];
	const from = dayAt(-LANE.openTail);
	const to = dayAt(width + LANE.openTail);
	const eventOf = model.columns.placementEvent;
	const flags = model.columns.flags;
	for (const lane of lanes) {
		const index = model.lanes[lane];
		if (!index) continue;
		const [first, last] = visibleRange(index, from, to);
		// Spans that start before the window but reach into it are visible too: look back for them
		// (no further than the lane's longest span).
		const earlier: number[] = [];
		const reach = model.reach[lane] ?? 0;
		if (reach > 0) {
			for (let i = lowerBound(index.anchors, from - reach); i < first; i++) {
				if (model.end[eventOf[index.order[i]!]!]! + 1 > from) earlier.push(i);
			}
		}
		const marks: { entry: number; x0: number; x1: number; x: number }[] = [];
		let crowded = last - first + earlier.length > (width / (LANE.glyph * 2 + LANE.gap)) * LANE.rows;
		if (!crowded) {
			for (const i of earlier) marks.push(markExtent(model, index, i, x));
			for (let i = first; i < last; i++) marks.push(markExtent(model, index, i, x));
			spreadSameDay(index, marks, x);
			const placed = stackRows(marks, LANE.gap + LANE.glyph, LANE.rows);
			if (placed) {
				frames.push({
					lane,
					mode: 'marks',
					marks: placed.map((p) => {
						const event = eventOf[index.order[p.entry]!]!;
						return {
							event,
							x: p.x,
							x0: p.x0 + LANE.glyph,
							x1: p.x1 - LANE.glyph,
							row: p.row,
							openStart: (flags[event]! & FLAG.openStart) !== 0,
							openEnd: (flags[event]! & FLAG.openEnd) !== 0
						};
					})
				});
				continue;
			}
			crowded = true;
		}
		const bins = densityBins(index, dayAt, width, LANE.binPx);
		let max = 0;
		for (const b of bins) if (b > max) max = b;
		frames.push({ lane, mode: 'density', bins, max, visible: last - first });
	}
	return frames;
}

/**
 * The pixel extent of an entry's glyph and bar, padded by the glyph's half width. A single day is
 * a point at the middle of the day; a span is a bar over its days with the glyph at its start; an
 * open side gets a short fading tail, not the whole axis.
 */
function markExtent(model: TimelineModel, index: LaneIndex, i: number, x: (day: number) => number) {
	const event = model.columns.placementEvent[index.order[i]!]!;
	const s = model.start[event]!;
	const e = model.end[event]!;
	if (s === e) {
		const a = x(s + 0.5);
		return { entry: i, x: a, x0: a - LANE.glyph, x1: a + LANE.glyph };
	}
	const a = Number.isNaN(s) ? x(e + 1) : x(s);
	const x0 = Number.isNaN(s) ? a - LANE.openTail : x(s);
	const x1 = Number.isNaN(e) ? a + LANE.openTail : Math.max(x0, x(e + 1));
	return { entry: i, x: a, x0: Math.min(x0, a) - LANE.glyph, x1: Math.max(x1, a) + LANE.glyph };
}

/**
 * Events anchored on the same day would sit on one spot however far the user zooms: once the day
 * is wide enough, give each its own place across the day, so they stack and separate.
 */
function spreadSameDay(index: LaneIndex, marks: { entry: number; x: number; x0: number; x1: number }[], x: (day: number) => number) {
	const dayWidth = x(1) - x(0);
	let k = 0;
	while (k < marks.length) {
		const day = index.anchors[marks[k]!.entry]!;
		let j = k + 1;
		while (j < marks.length && index.anchors[marks[j]!.entry]! === day) j++;
		const n = j - k;
		if (n > 1 && dayWidth >= n * LANE.glyph * 2) {
			const dayStart = x(day);
			for (let m = k; m < j; m++) {
				const mark = marks[m]!;
				const shift = dayStart + (m - k + 0.5) * (dayWidth / n) - mark.x;
				mark.x += shift;
				mark.x0 += shift;
				mark.x1 += shift;
			}
		}
		k = j;
	}
	// Spreading changes the order of left edges; stacking takes them in order.
	marks.sort((a, b) => a.x0 - b.x0);
}

/** Total glyphs in a frame: above a few hundred the browser draws them on a canvas. */
export function markCount(frames: LaneFrame[]): number {
	let n = 0;
	for (const f of frames) n += f.mode === 'marks' ? f.marks.length : f.visible;
	return n;
}
