import { describe, expect, it } from 'vitest';
import { LANE } from '$lib/timeline/frame';
import { densityStrip } from './density';

describe('densityStrip', () => {
	it('gives a cell per non-empty bin on a square-root scale, and counts beside clusters', () => {
		const bins = Uint32Array.from([0, 4, 1, 0, 0, 1]);
		const { cells, labels } = densityStrip({ lane: 2, mode: 'density', bins, max: 4, visible: 6 }, 108, 22);
		expect(cells).toEqual([
			{ x: LANE.binPx, y: 120, width: LANE.binPx - 0.5, height: LANE.height - 24, opacity: 1 },
			{ x: 2 * LANE.binPx, y: 120, width: LANE.binPx - 0.5, height: LANE.height - 24, opacity: 0.2 + 0.8 * Math.sqrt(1 / 4) },
			// The last bin is cut at the plot's right edge.
			{ x: 5 * LANE.binPx, y: 120, width: 22 - 5 * LANE.binPx - 0.5, height: LANE.height - 24, opacity: 0.2 + 0.8 * Math.sqrt(1 / 4) }
		]);
		// A single event needs no number; the cluster of five does.
		expect(labels).toEqual([{ x: 3 * LANE.binPx + 3, y: 120 + (LANE.height - 24) / 2, text: '5' }]);
	});
	it('writes no counts when there are too many clusters to read', () => {
		const bins = Uint32Array.from({ length: 200 }, (_, i) => (i % 2 ? 0 : 2));
		expect(densityStrip({ lane: 0, mode: 'density', bins, max: 2, visible: 200 }, 0, 800).labels).toEqual([]);
	});
});
