import { describe, expect, it } from 'vitest';
import { overviewBars } from './overview';

describe('overviewBars', () => {
	it('counts each anchor in the column of its day', () => {
		// Extent of 10 days over 30 px in 3 px columns: one column per day.
		const bars = overviewBars([0, 0.5, 3, 9.9, 12, -1], [0, 10], 30, 3, 32, 26);
		expect([...bars.counts]).toEqual([2, 0, 0, 1, 0, 0, 0, 0, 0, 1]);
		expect(bars.max).toBe(2);
	});

	it('draws one rectangle per non-empty column, the tallest maxHeight high on the baseline', () => {
		const bars = overviewBars([0, 0.5, 3], [0, 10], 30, 3, 32, 26);
		expect(bars.path).toBe('M0 6h2v26h-2Z' + 'M9 19h2v13h-2Z');
	});

	it('draws nothing for no events, and keeps one column on a zero width', () => {
		expect(overviewBars([], [0, 10], 30, 3, 32, 26).path).toBe('');
		expect(overviewBars([1], [0, 10], 0, 3, 32, 26).counts.length).toBe(1);
	});
});
