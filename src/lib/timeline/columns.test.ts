import { describe, expect, it } from 'vitest';
import { allocateColumns, columnsBytes, NO_DAY, readColumns } from './columns';

describe('timeline columns', () => {
	it('survive the trip through their bytes unchanged, open days included', () => {
		const columns = allocateColumns(3, 4);
		columns.n.set([7, 0, 99_999]);
		columns.start.set([17_379, NO_DAY, -3_000]);
		columns.end.set([17_379, 17_384, NO_DAY]);
		columns.type.set([0, 10, 13]);
		columns.flags.set([0, 4 | 16, 8 | 128]);
		columns.sources.set([1, 9, 65_535]);
		columns.placementLane.set([0, 1, 1, 2]);
		columns.placementEvent.set([0, 0, 1, 2]);
		const bytes = columnsBytes(columns).slice();
		const back = readColumns(bytes.buffer, 3, 4);
		for (const key of Object.keys(columns) as (keyof typeof columns)[]) expect([...back[key]], key).toEqual([...columns[key]]);
	});

	it('handle an empty selection', () => {
		const back = readColumns(columnsBytes(allocateColumns(0, 0)).slice().buffer, 0, 0);
		expect(back.n.length).toBe(0);
		expect(back.placementEvent.length).toBe(0);
	});

	it('refuse bytes that do not fit the counts (a stale or cut-off response)', () => {
		const bytes = columnsBytes(allocateColumns(3, 4)).slice();
		expect(() => readColumns(bytes.buffer, 4, 4)).toThrow(/expected \d+ bytes for 4 events, got/);
		expect(() => readColumns(bytes.buffer.slice(0, 8), 3, 4)).toThrow(/timeline columns/);
	});
});
