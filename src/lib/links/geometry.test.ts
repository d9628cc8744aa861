import { describe, expect, it } from 'vitest';
import { arcPath, arcShape, arcWidth, pointAt, sunflower } from './geometry';

describe('arcShape', () => {
	it('bends to the left of travel, so A->B and B->A do not overlap', () => {
		const ab = arcShape([0, 0], [100, 0]);
		const ba = arcShape([100, 0], [0, 0]);
		expect(ab.c[1]).toBeLessThan(0);
		expect(ba.c[1]).toBeGreaterThan(0);
	});
	it('fans out lanes further', () => {
		expect(Math.abs(arcShape([0, 0], [100, 0], 2).c[1])).toBeGreaterThan(Math.abs(arcShape([0, 0], [100, 0], 0).c[1]));
	});
	it('ends exactly at the target and puts the arrow tip there', () => {
		const s = arcShape([10, 20], [200, 80]);
		expect(pointAt(s, 1)).toEqual([200, 80]);
		expect(s.head[0]).toEqual([200, 80]);
		expect(arcPath(s)).toMatch(/^M10,20Q[-\d.]+,[-\d.]+ 200,80$/);
	});
	it('draws a domestic link as a loop above the point', () => {
		const s = arcShape([50, 50], [50, 50]);
		expect(s.c[1]).toBeLessThan(50);
		expect(s.p0[0]).toBeLessThan(s.p1[0]);
	});
});

describe('sunflower', () => {
	it('puts the first company on the point and spreads the rest without collisions', () => {
		expect(sunflower(0, 5)).toEqual([0, 0]);
		const pts = Array.from({ length: 200 }, (_, k) => sunflower(k, 5));
		let closest = Infinity;
		for (let i = 0; i < pts.length; i++)
			for (let j = i + 1; j < pts.length; j++) closest = Math.min(closest, Math.hypot(pts[i]![0] - pts[j]![0], pts[i]![1] - pts[j]![1]));
		expect(closest).toBeGreaterThan(3);
	});
});

describe('arcWidth', () => {
	it('grows with the count, within bounds', () => {
		expect(arcWidth(1, 10)).toBe(1.25);
		expect(arcWidth(10, 10)).toBe(9);
		expect(arcWidth(4, 10)).toBeGreaterThan(arcWidth(2, 10));
	});
});
