/**
 * Lane layout at the current zoom: events sorted by day within each lane, found in the visible
 * window by binary search; stacked in rows when they would overlap, or counted into a density
 * strip when a lane is too crowded to stack. Pure and allocation-light: it runs on every frame.
 */

export interface LaneIndex {
	/** Placement indices of the lane, sorted by anchor day. */
	order: Int32Array;
	/** Anchor day of each entry of `order` (ascending). */
	anchors: Float64Array;
}

/**
 * Builds per-lane sorted indices from parallel placement arrays. `anchor(e)` is the day an event
 * is drawn at (its start, or its end when the start is open).
 */
export function indexLanes(laneCount: number, placementLane: ArrayLike<number>, placementEvent: ArrayLike<number>, anchor: (event: number) => number): LaneIndex[] {
	// Placements grouped by lane in one typed array (a counting sort, keeping their order), so
	// 100,000 events cost a few passes over typed arrays rather than a JS array per lane grown one
	// push at a time.
	const bounds = new Int32Array(laneCount + 1);
	for (let p = 0; p < placementLane.length; p++) bounds[placementLane[p]! + 1]!++;
	for (let l = 0; l < laneCount; l++) bounds[l + 1]! += bounds[l]!;
	const grouped = new Int32Array(placementLane.length);
	const fill = bounds.slice(0, laneCount);
	for (let p = 0; p < placementLane.length; p++) grouped[fill[placementLane[p]!]!++] = p;
	const anchorOf = new Float64Array(placementLane.length);
	for (let p = 0; p < placementLane.length; p++) anchorOf[p] = anchor(placementEvent[p]!);
	const before = (a: number, b: number) => anchorOf[a]! - anchorOf[b]! || placementEvent[a]! - placementEvent[b]!;
	const lanes: LaneIndex[] = [];
	for (let l = 0; l < laneCount; l++) {
		let order = grouped.subarray(bounds[l]!, bounds[l + 1]!);
		// The server sends events in time order, so lanes usually arrive sorted: check before sorting.
		let sorted = true;
		for (let i = 1; i < order.length && sorted; i++) sorted = before(order[i - 1]!, order[i]!) <= 0;
		if (!sorted) order = Int32Array.from([...order].sort(before));
		const anchors = new Float64Array(order.length);
		for (let i = 0; i < order.length; i++) anchors[i] = anchorOf[order[i]!]!;
		lanes.push({ order, anchors });
	}
	return lanes;
}

/** First position in a sorted array whose value is >= x. */
export function lowerBound(sorted: ArrayLike<number>, x: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]! < x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Entries of a lane whose anchor lies in [fromDay, toDay]: [first, end) into `order`. */
export function visibleRange(lane: LaneIndex, fromDay: number, toDay: number): [number, number] {
	return [lowerBound(lane.anchors, fromDay), lowerBound(lane.anchors, toDay + 1e-9)];
}

/**
 * Counts per pixel bin: bins of `binPx` pixels across [0, width), for anchors mapped to pixels by
 * `x(day)`. One binary search per bin edge, so the cost does not grow with the number of events.
 */
export function densityBins(lane: LaneIndex, dayAt: (px: number) => number, width: number, binPx: number): Uint32Array {
	const n = Math.ceil(width / binPx);
	const bins = new Uint32Array(n);
	let previous = lowerBound(lane.anchors, dayAt(0));
	for (let b = 0; b < n; b++) {
		const next = lowerBound(lane.anchors, dayAt(Math.min(width, (b + 1) * binPx)));
		bins[b] = next - previous;
		previous = next;
	}
	return bins;
}

export type Placed<T extends { entry: number; x0: number; x1: number }> = T & { row: number };

/**
 * Stacks marks (sorted by left edge) that would overlap into rows, first row first. Marks are
 * [x0 - pad, x1 + pad] wide; returns null when more than `maxRows` rows would be needed (the lane
 * is then drawn as a density strip until the user zooms in).
 */
export function stackRows<T extends { entry: number; x0: number; x1: number }>(marks: T[], pad: number, maxRows: number): Placed<T>[] | null {
	const rowEnds: number[] = [];
	const placed: Placed<T>[] = [];
	for (const m of marks) {
		let row = rowEnds.findIndex((end) => end < m.x0 - pad);
		if (row < 0) {
			if (rowEnds.length >= maxRows) return null;
			row = rowEnds.length;
			rowEnds.push(0);
		}
		rowEnds[row] = m.x1 + pad;
		placed.push({ ...m, row });
	}
	return placed;
}
