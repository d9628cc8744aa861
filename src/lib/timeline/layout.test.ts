import { describe, expect, it } from 'vitest';
import { densityBins, indexLanes, lowerBound, stackRows, visibleRange, type LaneIndex } from './layout';

/** Small deterministic generator (LCG) so the property checks are reproducible. */
function rng(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
		return s / 2 ** 32;
	};
}

/** One lane holding events with the given anchor days (event k has anchor anchors[k]). */
function lane(anchors: number[]): LaneIndex {
	const events = anchors.map((_, k) => k);
	return indexLanes(1, new Int32Array(events.length), Int32Array.from(events), (e) => anchors[e]!)[0]!;
}

describe('indexLanes', () => {
	it('puts each placement in its lane, sorted by anchor day (ties by event)', () => {
		const anchor = [30, 10, 20, 10, 5];
		// placements: event -> lane; event 2 is drawn in two lanes.
		const placementEvent = [0, 1, 2, 3, 4, 2];
		const placementLane = [0, 0, 0, 0, 1, 1];
		const lanes = indexLanes(3, placementLane, placementEvent, (e) => anchor[e]!);
		expect(lanes).toHaveLength(3);
		const eventsOf = (l: LaneIndex) => [...l.order].map((p) => placementEvent[p]);
		expect(eventsOf(lanes[0]!)).toEqual([1, 3, 2, 0]);
		expect([...lanes[0]!.anchors]).toEqual([10, 10, 20, 30]);
		expect(eventsOf(lanes[1]!)).toEqual([4, 2]);
		expect([...lanes[1]!.anchors]).toEqual([5, 20]);
		expect(lanes[2]!.order.length).toBe(0);
	});

	it('keeps anchors ascending and consistent with the order for many events', () => {
		const r = rng(1);
		const anchors = Array.from({ length: 500 }, () => Math.floor(r() * 2000) - 1000);
		const l = lane(anchors);
		expect(l.order.length).toBe(500);
		for (let i = 0; i < 500; i++) {
			expect(l.anchors[i]).toBe(anchors[l.order[i]!]);
			if (i > 0) expect(l.anchors[i]!).toBeGreaterThanOrEqual(l.anchors[i - 1]!);
		}
		expect(new Set(l.order).size).toBe(500);
	});
});

describe('lowerBound', () => {
	it('finds the first position not below x', () => {
		const a = [1, 3, 3, 3, 7];
		expect(lowerBound(a, 0)).toBe(0);
		expect(lowerBound(a, 1)).toBe(0);
		expect(lowerBound(a, 2)).toBe(1);
		expect(lowerBound(a, 3)).toBe(1);
		expect(lowerBound(a, 3.5)).toBe(4);
		expect(lowerBound(a, 7)).toBe(4);
		expect(lowerBound(a, 8)).toBe(5);
		expect(lowerBound([], 3)).toBe(0);
	});

	it('agrees with a linear scan', () => {
		const r = rng(2);
		const a = Array.from({ length: 200 }, () => Math.floor(r() * 50)).sort((x, y) => x - y);
		for (let x = -2; x < 53; x += 0.5) expect(lowerBound(a, x)).toBe(a.findIndex((v) => v >= x) < 0 ? a.length : a.findIndex((v) => v >= x));
	});
});

describe('visibleRange', () => {
	it('selects exactly the events anchored in [from, to], both ends included', () => {
		const l = lane([100, 101, 101, 105, 110, 110, 120]);
		const anchorsIn = (from: number, to: number) => {
			const [a, b] = visibleRange(l, from, to);
			return [...l.anchors.subarray(a, b)];
		};
		expect(anchorsIn(101, 110)).toEqual([101, 101, 105, 110, 110]);
		expect(anchorsIn(101.5, 109.9)).toEqual([105]);
		expect(anchorsIn(0, 99)).toEqual([]);
		expect(anchorsIn(121, 200)).toEqual([]);
		expect(anchorsIn(120, 120)).toEqual([120]);
		expect(anchorsIn(-1e9, 1e9)).toHaveLength(7);
	});

	it('agrees with filtering every event, for random windows (days around 2017)', () => {
		const r = rng(3);
		const anchors = Array.from({ length: 300 }, () => 17_000 + Math.floor(r() * 1000));
		const l = lane(anchors);
		for (let t = 0; t < 200; t++) {
			const from = 16_990 + r() * 1000;
			const to = from + r() * 300;
			const [a, b] = visibleRange(l, from, to);
			const got = [...l.order.subarray(a, b)].sort((x, y) => x - y);
			const want = anchors.flatMap((v, k) => (v >= from && v <= to ? [k] : []));
			expect(got).toEqual(want);
		}
	});
});

describe('densityBins', () => {
	it('counts every event in the window exactly once, in the bin under its day', () => {
		const r = rng(4);
		const anchors = Array.from({ length: 2000 }, () => 17_000 + Math.floor(r() * 3650));
		const l = lane(anchors);
		for (const [from, to, width, binPx] of [
			[17_000, 20_650, 1000, 4],
			[17_500, 18_000, 997, 4],
			[16_000, 22_000, 640, 5],
			[18_123.4, 18_400.9, 333, 3]
		] as const) {
			const dayAt = (px: number) => from + (px / width) * (to - from);
			const bins = densityBins(l, dayAt, width, binPx);
			expect(bins.length).toBe(Math.ceil(width / binPx));
			const inWindow = anchors.filter((a) => a >= dayAt(0) && a < dayAt(width));
			expect(bins.reduce((s, b) => s + b, 0)).toBe(inWindow.length);
			// Each event lands in the bin whose pixels cover its day.
			const expected = new Array<number>(bins.length).fill(0);
			for (const a of inWindow) {
				const b = bins.findIndex((_, k) => a >= dayAt(k * binPx) && a < dayAt(Math.min(width, (k + 1) * binPx)));
				expect(b).toBeGreaterThanOrEqual(0);
				expected[b]!++;
			}
			expect([...bins]).toEqual(expected);
		}
	});

	it('gives empty bins for a window with no events', () => {
		const l = lane([10, 20, 30]);
		const bins = densityBins(l, (px) => 1000 + px, 100, 4);
		expect(bins.every((b) => b === 0)).toBe(true);
	});
});

describe('stackRows', () => {
	const noOverlapInRows = (placed: { x0: number; x1: number; row: number }[], pad: number) => {
		for (let i = 0; i < placed.length; i++)
			for (let j = i + 1; j < placed.length; j++) {
				const a = placed[i]!;
				const b = placed[j]!;
				if (a.row !== b.row) continue;
				const apart = a.x1 + pad < b.x0 - pad || b.x1 + pad < a.x0 - pad;
				expect(apart, `marks ${i} and ${j} overlap in row ${a.row}`).toBe(true);
			}
	};

	it('puts marks on the same spot in distinct rows, so none hides another', () => {
		const marks = [0, 1, 2].map((entry) => ({ entry, x0: 94, x1: 106 }));
		const placed = stackRows(marks, 9, 3)!;
		expect(placed).not.toBeNull();
		expect(new Set(placed.map((p) => p.row))).toEqual(new Set([0, 1, 2]));
		expect(placed.map((p) => p.entry)).toEqual([0, 1, 2]);
	});

	it('keeps marks far apart in the first row', () => {
		const marks = [0, 1, 2, 3].map((entry) => ({ entry, x0: entry * 100, x1: entry * 100 + 12 }));
		const placed = stackRows(marks, 9, 3)!;
		expect(placed.map((p) => p.row)).toEqual([0, 0, 0, 0]);
	});

	it('reuses the first row that is free again', () => {
		const placed = stackRows(
			[
				{ entry: 0, x0: 0, x1: 100 },
				{ entry: 1, x0: 10, x1: 20 },
				{ entry: 2, x0: 40, x1: 50 },
				{ entry: 3, x0: 200, x1: 210 }
			],
			2,
			3
		)!;
		expect(placed.map((p) => p.row)).toEqual([0, 1, 1, 0]);
	});

	it('gives up (null) when more rows than allowed would be needed', () => {
		const marks = [0, 1, 2, 3].map((entry) => ({ entry, x0: 0, x1: 12 }));
		expect(stackRows(marks, 9, 3)).toBeNull();
		expect(stackRows(marks, 9, 4)).not.toBeNull();
	});

	it('never overlaps two marks in one row (random marks)', () => {
		const r = rng(5);
		const marks = Array.from({ length: 60 }, (_, entry) => {
			const x0 = r() * 2000;
			return { entry, x0, x1: x0 + 12 + (r() < 0.2 ? r() * 200 : 0) };
		}).sort((a, b) => a.x0 - b.x0);
		const placed = stackRows(marks, 9, 50)!;
		expect(placed).toHaveLength(60);
		noOverlapInRows(placed, 9);
	});
});
