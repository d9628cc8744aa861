import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import type { EventsFile } from '$lib/schema/events';
import { FLAG } from '$lib/timeline/span';
import { toTimeSpan } from '$lib/timeline/toTimeSpan';
import { buildLinksPayload } from '$lib/links/payload';
import { LinkView, type Item } from './linkView.svelte';
import { driftCss, MapChart, type Transform } from './mapChart.svelte';

/** Applies a "translate(xpx, ypx) scale(s)" CSS transform (origin 0 0) to a point. */
function applyCss(css: string, [x, y]: [number, number]): [number, number] {
	const m = /^translate\((-?[\d.e-]+)px, (-?[\d.e-]+)px\) scale\(([\d.e-]+)\)$/.exec(css);
	if (!m) throw new Error(`not a drift: ${css}`);
	const [tx, ty, s] = [Number(m[1]), Number(m[2]), Number(m[3])];
	return [x * s + tx, y * s + ty];
}
const at = (t: Transform, [x, y]: [number, number]): [number, number] => [x * t.k + t.x, y * t.k + t.y];

describe('driftCss', () => {
	it('is empty when the drawn zoom is the live one', () => {
		expect(driftCss({ k: 2, x: -10, y: 5 }, { k: 2, x: -10, y: 5 })).toBe('');
	});

	it('moves what was drawn at one zoom to where the other zoom puts it', () => {
		const drawn = { k: 1.5, x: -120, y: -40 };
		for (const live of [{ k: 3, x: -700, y: -260 }, { k: 1.5, x: -80, y: 10 }, { k: 1, x: 0, y: 0 }]) {
			const css = driftCss(drawn, live);
			for (const p of [[0, 0], [400, 250], [1200, 600]] as [number, number][]) {
				const [x, y] = applyCss(css, at(drawn, p));
				const [ex, ey] = at(live, p);
				expect(x).toBeCloseTo(ex, 6);
				expect(y).toBeCloseTo(ey, 6);
			}
		}
	});
});

describe('MapChart during a zoom gesture', () => {
	const file = JSON.parse(readFileSync('data/events.json', 'utf8')) as EventsFile;
	const actors = new Map(file.actors.map((a) => [a.id, a]));
	const events = file.events.map((event) => {
		const span = toTimeSpan(event.date);
		return { event, span: { start: span.start, end: span.end, undated: Boolean(span.flags & FLAG.undated) } };
	});
	function chart() {
		const c = new MapChart(new LinkView(buildLinksPayload(events, actors)));
		c.width = 900;
		c.height = 450;
		return c;
	}
	/** A country whose point the pointer finds (no company dot over it). */
	function pickCountry(c: MapChart): Item {
		for (let k = 0; k < c.view.payload.countries.length; k++) {
			const item: Item = { kind: 'country', c: k };
			const at = c.position(item);
			if (at && c.view.counts.country[k] && JSON.stringify(c.hit(at[0], at[1])) === JSON.stringify(item)) return item;
		}
		throw new Error('no country point to hit');
	}
	afterEach(() => vi.useRealTimers());

	it('holds the layout while the gesture moves, finds things where they are drawn, and lays out when it rests', () => {
		vi.useFakeTimers();
		const c = chart();
		const item = pickCountry(c);
		const before = c.position(item)!;
		c.view.hovered = item;
		c.startGesture();
		expect(c.view.hovered).toBeNull();
		const zoom = { k: 2, x: -450, y: -225 };
		c.setTransform(zoom);
		// Laid out as before; only the live zoom (and the layers' drift) changed.
		expect(c.transform).toEqual({ k: 1, x: 0, y: 0 });
		expect(c.live).toEqual(zoom);
		expect(c.drift).toBe(driftCss(c.transform, zoom));
		const moved = c.position(item)!;
		expect(moved[0]).toBeCloseTo(before[0] * 2 - 450, 6);
		expect(moved[1]).toBeCloseTo(before[1] * 2 - 225, 6);
		expect(c.hit(moved[0], moved[1])).toEqual(item);
		// Held still for 150 ms: laid out at the live zoom, same place on screen.
		vi.advanceTimersByTime(149);
		expect(c.transform.k).toBe(1);
		vi.advanceTimersByTime(1);
		expect(c.transform).toEqual(zoom);
		expect(c.drift).toBe('');
		const settled = c.position(item)!;
		expect(settled[0]).toBeCloseTo(moved[0], 6);
		expect(settled[1]).toBeCloseTo(moved[1], 6);
		// The end of the gesture lays out at once, and no timer is left to do it again.
		c.setTransform({ k: 3, x: -900, y: -450 });
		c.endGesture();
		expect(c.transform.k).toBe(3);
		expect(vi.getTimerCount()).toBe(0);
		// Outside a gesture (buttons, keyboard) every zoom is laid out at once.
		c.setTransform({ k: 1, x: 0, y: 0 });
		expect(c.transform).toEqual({ k: 1, x: 0, y: 0 });
	});
});
