import { describe, expect, it } from 'vitest';
import { allocateColumns, decodeColumns, encodeColumns, NO_DAY } from './columns';

describe('timeline columns', () => {
	it('survive the base64 round trip unchanged, open days included', () => {
		const columns = allocateColumns(3, 4);
		columns.n.set([7, 0, 99_999]);
		columns.start.set([17_379, NO_DAY, -3_000]);
		columns.end.set([17_379, 17_384, NO_DAY]);
		columns.type.set([0, 10, 13]);
		columns.flags.set([0, 4 | 16, 8 | 128]);
		columns.sources.set([1, 9, 65_535]);
		columns.placementLane.set([0, 1, 1, 2]);
		columns.placementEvent.set([0, 0, 1, 2]);
		const back = decodeColumns(encodeColumns(columns), 3, 4);
		for (const key of Object.keys(columns) as (keyof typeof columns)[]) expect([...back[key]], key).toEqual([...columns[key]]);
	});

	it('handle an empty selection', () => {
		const back = decodeColumns(encodeColumns(allocateColumns(0, 0)), 0, 0);
		expect(back.n.length).toBe(0);
		expect(back.placementEvent.length).toBe(0);
	});
});
