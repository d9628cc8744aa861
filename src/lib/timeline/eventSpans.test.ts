import { describe, expect, it } from 'vitest';
import { durationEnd, extendSpans, type SpanInput } from './eventSpans';
import { FLAG } from './span';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const point = (d: number, flags = 0) => ({ start: d, end: d, flags, month: null });
const ev = (type: string, span: SpanInput['span'], actors: [string, string][], extra: Partial<SpanInput> = {}): SpanInput => ({
	type,
	status: 'occurred',
	duration: null,
	actors: actors.map(([id, role]) => ({ id, role })),
	span,
	...extra
});

describe('durationEnd', () => {
	it('counts calendar months, weeks and days from the start, the last day included', () => {
		expect(durationEnd(day(2019, 1, 10), 'P3M')).toBe(day(2019, 4, 9));
		// 31 January + 1 month lands on 28 February (months clamp), so the month ends on the 27th.
		expect(durationEnd(day(2019, 1, 31), 'P1M')).toBe(day(2019, 2, 27));
		expect(durationEnd(day(2017, 8, 1), 'P2W')).toBe(day(2017, 8, 14));
		expect(durationEnd(day(2017, 8, 1), 'P1D')).toBe(day(2017, 8, 1));
		// A year from 29 February 2016 lands on 28 February 2017: the year ends the day before.
		expect(durationEnd(day(2016, 2, 29), 'P1Y')).toBe(day(2017, 2, 27));
	});
	it('ignores what is not a date duration', () => {
		expect(durationEnd(day(2017, 8, 1), 'PT5H')).toBeNull();
		expect(durationEnd(day(2017, 8, 1), 'P')).toBeNull();
		expect(durationEnd(day(2017, 8, 1), 'three months')).toBeNull();
	});
});

describe('extendSpans', () => {
	it('draws an investigation with a stated duration as a range from its start', () => {
		const probe = ev('investigation', point(day(2019, 1, 10)), [['gov-tw', 'actor'], ['xiaomi', 'target']], { duration: 'P3M' });
		expect(extendSpans([probe])).toBe(1);
		expect(probe.span).toMatchObject({ start: day(2019, 1, 10), end: day(2019, 4, 9) });
		expect(probe.span.flags & FLAG.derivedEnd).toBeTruthy();
	});

	it('runs a ban until the same banner lifts it for the same target, at the first such lifting', () => {
		const ban = ev('ban', point(day(2017, 7, 14)), [['id-kominfo', 'actor'], ['telegram', 'target']]);
		const lift = ev('ban-lifted', point(day(2017, 8, 10)), [['id-kominfo', 'actor'], ['telegram', 'target']]);
		const later = ev('ban-lifted', point(day(2018, 1, 1)), [['id-kominfo', 'actor'], ['telegram', 'target']]);
		extendSpans([ban, later, lift]);
		expect(ban.span).toMatchObject({ start: day(2017, 7, 14), end: day(2017, 8, 10) });
		expect(lift.span.end).toBe(day(2017, 8, 10));
	});

	it('leaves a ban alone when the lifting is only planned, is by someone else, or is of another target', () => {
		const ban = () => ev('ban', point(day(2017, 7, 14)), [['id-kominfo', 'actor'], ['telegram', 'target']]);
		const cases = [
			ev('ban-lifted', point(day(2017, 8, 10)), [['id-kominfo', 'actor'], ['telegram', 'target']], { status: 'planned' }),
			ev('ban-lifted', point(day(2017, 8, 10)), [['gov-ru', 'actor'], ['telegram', 'target']]),
			ev('ban-lifted', point(day(2017, 8, 10)), [['id-kominfo', 'actor'], ['vimeo', 'target']]),
			ev('ban-lifted', point(day(2017, 7, 1)), [['id-kominfo', 'actor'], ['telegram', 'target']])
		];
		for (const lift of cases) {
			const b = ban();
			expect(extendSpans([b, lift])).toBe(0);
			expect(b.span.end).toBe(day(2017, 7, 14));
		}
	});

	it('counts a lifting by any of the banners of any of the targets, the earliest one after the ban', () => {
		const ban = ev('ban', point(day(2019, 5, 16)), [['gov-us', 'actor'], ['us-commerce', 'actor'], ['huawei', 'target'], ['zte', 'target']]);
		const byCommerceOfZte = ev('ban-lifted', point(day(2019, 9, 1)), [['us-commerce', 'actor'], ['zte', 'target']]);
		const byUsOfHuawei = ev('ban-lifted', point(day(2019, 7, 2)), [['gov-us', 'actor'], ['huawei', 'target']]);
		const byOtherOfHuawei = ev('ban-lifted', point(day(2019, 6, 1)), [['gov-cn', 'actor'], ['huawei', 'target']]);
		const beforeTheBan = ev('ban-lifted', point(day(2019, 1, 1)), [['gov-us', 'actor'], ['huawei', 'target']]);
		expect(extendSpans([byCommerceOfZte, ban, byUsOfHuawei, byOtherOfHuawei, beforeTheBan])).toBe(1);
		expect(ban.span.end).toBe(day(2019, 7, 2));
	});

	it('never moves an open end or an undated event', () => {
		const open = ev('investigation', { start: day(2019, 1, 1), end: null, flags: FLAG.openEnd, month: null }, [], { duration: 'P1M' });
		const undated = ev('investigation', { start: null, end: null, flags: FLAG.undated, month: null }, [], { duration: 'P3M' });
		expect(extendSpans([open, undated])).toBe(0);
		expect(open.span.end).toBeNull();
		expect(undated.span.end).toBeNull();
	});
});
