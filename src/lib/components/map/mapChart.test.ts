import { describe, expect, it } from 'vitest';
import { driftBetween, type Transform } from './mapChart.svelte';

/** Applies a "translate(xpx, ypx) scale(s)" CSS transform (origin 0 0) to a point. */
function applyCss(css: string, [x, y]: [number, number]): [number, number] {
	const m = /^translate\((-?[\d.e-]+)px, (-?[\d.e-]+)px\) scale\(([\d.e-]+)\)$/.exec(css);
	if (!m) throw new Error(`not a drift: ${css}`);
	const [tx, ty, s] = [Number(m[1]), Number(m[2]), Number(m[3])];
	return [x * s + tx, y * s + ty];
}
const at = (t: Transform, [x, y]: [number, number]): [number, number] => [x * t.k + t.x, y * t.k + t.y];

describe('driftBetween', () => {
	it('is empty when the drawn zoom is the live one', () => {
		expect(driftBetween({ k: 2, x: -10, y: 5 }, { k: 2, x: -10, y: 5 })).toBe('');
	});

	it('moves what was drawn at one zoom to where the other zoom puts it', () => {
		const drawn = { k: 1.5, x: -120, y: -40 };
		for (const live of [{ k: 3, x: -700, y: -260 }, { k: 1.5, x: -80, y: 10 }, { k: 1, x: 0, y: 0 }]) {
			const css = driftBetween(drawn, live);
			for (const p of [[0, 0], [400, 250], [1200, 600]] as [number, number][]) {
				const [x, y] = applyCss(css, at(drawn, p));
				const [ex, ey] = at(live, p);
				expect(x).toBeCloseTo(ex, 6);
				expect(y).toBeCloseTo(ey, 6);
			}
		}
	});
});
