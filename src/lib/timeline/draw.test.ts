import { describe, expect, it } from 'vitest';
import { GLYPH_AREA, glyphColor, glyphPath, rowY } from './draw';
import { densityRuns } from './density';
import { EVENT_TYPES } from './eventTypes';
import { LANE } from './frame';
import { GLYPHS } from './glyphs';

describe('densityRuns', () => {
	it('groups consecutive non-empty bins and sums their counts', () => {
		expect(densityRuns(Uint32Array.from([0, 2, 3, 0, 0, 1, 0, 4, 4, 4]))).toEqual([
			{ start: 1, end: 3, count: 5 },
			{ start: 5, end: 6, count: 1 },
			{ start: 7, end: 10, count: 12 }
		]);
	});

	it('handles empty, all-empty and all-full strips', () => {
		expect(densityRuns(new Uint32Array(0))).toEqual([]);
		expect(densityRuns(new Uint32Array(50))).toEqual([]);
		expect(densityRuns(Uint32Array.from([1, 1, 1]))).toEqual([{ start: 0, end: 3, count: 3 }]);
	});

	it('accounts for every event and every non-empty bin exactly once', () => {
		let s = 7;
		const bins = Uint32Array.from({ length: 250 }, () => {
			s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
			return s % 3 === 0 ? 0 : s % 9;
		});
		const runs = densityRuns(bins);
		expect(runs.reduce((n, r) => n + r.count, 0)).toBe(bins.reduce((n, b) => n + b, 0));
		const covered = new Set<number>();
		for (const [i, r] of runs.entries()) {
			expect(r.end).toBeGreaterThan(r.start);
			if (i > 0) expect(r.start).toBeGreaterThan(runs[i - 1]!.end); // separated by an empty bin
			for (let b = r.start; b < r.end; b++) {
				expect(bins[b]).toBeGreaterThan(0);
				covered.add(b);
			}
		}
		expect(covered.size).toBe(bins.filter((b) => b > 0).length);
	});
});

/** Every number in an SVG path (arc flags included): the extent is bounded by the largest. */
const numbers = (d: string) => (d.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number);

describe('glyphPath', () => {
	it('gives every event type a closed path centred on 0,0 that fits in a row', () => {
		for (let type = 0; type < EVENT_TYPES.length; type++) {
			const d = glyphPath(type);
			expect(d, EVENT_TYPES[type]).toMatch(/^M/);
			expect(d).not.toMatch(/NaN|undefined|Infinity/);
			const values = numbers(d);
			// Closed: with "Z", or (the circle's two arcs) by ending where it began.
			if (!d.endsWith('Z')) expect(values.slice(-2), EVENT_TYPES[type]).toEqual(values.slice(0, 2));
			expect(values.length).toBeGreaterThan(2);
			const extent = Math.max(...values.map(Math.abs));
			// Not a dot, and within about one row of glyphs (a star reaches a little further out).
			expect(extent, EVENT_TYPES[type]).toBeGreaterThan(3);
			expect(extent, EVENT_TYPES[type]).toBeLessThan(LANE.rowHeight * 0.7);
			// Centred: it reaches to both sides of 0 horizontally or vertically.
			expect(Math.min(...values), EVENT_TYPES[type]).toBeLessThan(0);
		}
	});

	it('scales with the area and is the same for the same arguments', () => {
		const small = Math.max(...numbers(glyphPath(0, 40)).map(Math.abs));
		const large = Math.max(...numbers(glyphPath(0, 160)).map(Math.abs));
		// Area ×4 -> size ×2.
		expect(large / small).toBeCloseTo(2, 5);
		expect(glyphPath(3)).toBe(glyphPath(3, GLYPH_AREA));
		// The circle's radius follows from its area: r = √(area / π).
		const r = Math.max(...numbers(glyphPath(EVENT_TYPES.indexOf('meeting'), GLYPH_AREA)).map(Math.abs));
		expect(r).toBeCloseTo(Math.sqrt(GLYPH_AREA / Math.PI), 2);
	});

	it('draws types that share a colour with different shapes', () => {
		const byColor = new Map<string, Set<string>>();
		for (let type = 0; type < EVENT_TYPES.length; type++) {
			const color = glyphColor(type);
			expect(color).toBe(GLYPHS[EVENT_TYPES[type]!].color);
			if (!byColor.has(color)) byColor.set(color, new Set());
			const paths = byColor.get(color)!;
			expect(paths.has(glyphPath(type)), EVENT_TYPES[type]).toBe(false);
			paths.add(glyphPath(type));
		}
	});
});

describe('rowY', () => {
	it('spaces rows one row height apart, all glyphs inside the lane', () => {
		for (let row = 1; row < LANE.rows; row++) expect(rowY(row) - rowY(row - 1)).toBe(LANE.rowHeight);
		const radius = Math.sqrt(GLYPH_AREA / Math.PI);
		expect(rowY(0) - radius).toBeGreaterThanOrEqual(0);
		expect(rowY(LANE.rows - 1) + radius).toBeLessThanOrEqual(LANE.height);
	});
});
