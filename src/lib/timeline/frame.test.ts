import { describe, expect, it } from 'vitest';
import { allocateColumns, NO_DAY } from './columns';
import { buildModel, idOf, LANE, layoutFrame, markCount, type LaneFrame, type Mark, type TimelineModel } from './frame';
import type { TimelinePayload } from './payload';
import { FLAG } from './span';
import { toTimeSpan } from './toTimeSpan';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

/** An EDTF date, or (for bulk tests) a single day number. */
interface TestEvent {
	date?: string;
	day?: number;
	lanes?: number[];
}

/** A payload as the server builds it, from EDTF dates (every event in lane 0 unless told). */
function model(events: TestEvent[], laneCount = 1, ids = true): TimelineModel {
	const placements = events.flatMap((e, k) => (e.lanes ?? [0]).map((lane) => [lane, k] as const));
	const columns = allocateColumns(events.length, placements.length);
	events.forEach((e, k) => {
		const span = e.day !== undefined ? { start: e.day, end: e.day, flags: 0 } : toTimeSpan(e.date!);
		if (span.flags & FLAG.undated) throw new Error(`undated test event ${e.date}`);
		columns.n[k] = k;
		columns.start[k] = span.start ?? NO_DAY;
		columns.end[k] = span.end ?? NO_DAY;
		columns.flags[k] = span.flags;
		columns.type[k] = k % 14;
		columns.sources[k] = 1;
	});
	placements.forEach(([lane, event], p) => {
		columns.placementLane[p] = lane;
		columns.placementEvent[p] = event;
	});
	const payload: TimelinePayload = {
		corpus: { articles: 0, events: events.length, first: null, last: null },
		matched: events.length,
		lanes: Array.from({ length: laneCount }, (_, i) => ({ key: `lane-${i}`, count: 0 })),
		count: events.length,
		placements: placements.length,
		columnsUrl: '/api/timeline/columns',
		ids: ids ? events.map((_, k) => `event-${k}`) : null,
		titles: null,
		undated: [],
		undatedCount: 0,
		facets: { types: [], countries: [] },
		actors: [],
		actorsTotal: 0
	};
	return buildModel(payload, columns);
}

/** A linear scale showing days [from, to] across `width` pixels. */
function view(from: number, to: number, width = 1000) {
	const k = width / (to - from);
	return { x: (d: number) => (d - from) * k, dayAt: (px: number) => from + px / k, width };
}

function frame(m: TimelineModel, from: number, to: number, width = 1000, lanes: number[] = [0]): LaneFrame[] {
	return layoutFrame({ model: m, ...view(from, to, width), lanes });
}

function marksOf(f: LaneFrame | undefined): Mark[] {
	expect(f?.mode).toBe('marks');
	return (f as Extract<LaneFrame, { mode: 'marks' }>).marks;
}

/** No glyph drawn over another: in one row, glyphs (2 × LANE.glyph wide) do not overlap. */
function expectNoHiddenGlyphs(marks: Mark[]) {
	for (let i = 0; i < marks.length; i++)
		for (let j = i + 1; j < marks.length; j++) {
			const a = marks[i]!;
			const b = marks[j]!;
			if (a.row !== b.row) continue;
			expect(Math.abs(a.x - b.x), `events ${a.event} and ${b.event} in row ${a.row}`).toBeGreaterThanOrEqual(LANE.glyph * 2);
		}
}

describe('buildModel', () => {
	it('anchors events at their start, or their end when the start is open', () => {
		const m = model([{ date: '2017-08-09/..' }, { date: '../2017-08-01' }, { date: '2017-08' }, { date: '2017-08-01' }]);
		expect([...m.anchor]).toEqual([day(2017, 8, 9), day(2017, 8, 1), day(2017, 8, 1), day(2017, 8, 1)]);
		expect(Number.isNaN(m.end[0]!)).toBe(true);
		expect(Number.isNaN(m.start[1]!)).toBe(true);
		expect(m.end[2]).toBe(day(2017, 8, 31));
		// The lane is sorted by anchor, ties by event.
		expect([...m.lanes[0]!.order].map((p) => m.columns.placementEvent[p])).toEqual([1, 2, 3, 0]);
		expect(idOf(m, 3)).toBe('event-3');
		expect(idOf(model([{ date: '2017' }], 1, false), 0)).toBeNull();
	});

	it('indexes an event once per lane it is placed in', () => {
		const m = model([{ date: '2017-08-01', lanes: [0, 2] }, { date: '2017-09-01', lanes: [2] }], 3);
		expect(m.lanes.map((l) => l.order.length)).toEqual([1, 0, 2]);
	});
});

describe('layoutFrame', () => {
	it('draws a sparse lane as marks: each event in view exactly once, a day at its middle', () => {
		const m = model([{ date: '2017-08-01' }, { date: '2017-08-05' }, { date: '2017-08-20' }, { date: '2017-12-01' }]);
		const from = day(2017, 7, 25);
		const to = day(2017, 8, 25);
		const { x } = view(from, to);
		const marks = marksOf(frame(m, from, to)[0]);
		expect(marks.map((k) => k.event).sort()).toEqual([0, 1, 2]);
		const first = marks.find((k) => k.event === 0)!;
		expect(first.x).toBeCloseTo(x(day(2017, 8, 1) + 0.5));
		expect(first.x0).toBe(first.x1);
		expect(first.openStart || first.openEnd).toBe(false);
	});

	it('draws a month as a bar over its days with the glyph at its start', () => {
		const m = model([{ date: '2017-08' }]);
		const from = day(2017, 7, 1);
		const to = day(2017, 9, 30);
		const { x } = view(from, to);
		const [mark] = marksOf(frame(m, from, to)[0]);
		expect(mark!.x).toBeCloseTo(x(day(2017, 8, 1)));
		expect(mark!.x0).toBeCloseTo(x(day(2017, 8, 1)));
		expect(mark!.x1).toBeCloseTo(x(day(2017, 9, 1)));
	});

	it('flags open sides and anchors "../X" at the end of X', () => {
		const m = model([{ date: '../2017-08-01' }, { date: '2017-08-09/..' }]);
		const from = day(2017, 7, 20);
		const to = day(2017, 8, 20);
		const { x } = view(from, to);
		const marks = marksOf(frame(m, from, to)[0]);
		const before = marks.find((k) => k.event === 0)!;
		const after = marks.find((k) => k.event === 1)!;
		expect([before.openStart, before.openEnd]).toEqual([true, false]);
		expect([after.openStart, after.openEnd]).toEqual([false, true]);
		expect(before.x).toBeCloseTo(x(day(2017, 8, 2)));
		expect(after.x).toBeCloseTo(x(day(2017, 8, 9)));
		// The open side is a short tail, not the whole axis.
		expect(before.x - before.x0).toBeLessThanOrEqual(LANE.openTail + 1e-9);
		expect(after.x1 - after.x).toBeLessThanOrEqual(LANE.openTail + 1e-9);
	});

	it('stacks events of the same day in distinct rows when zoomed out', () => {
		const m = model([{ date: '2017-08-01' }, { date: '2017-08-01' }, { date: '2017-08-01' }]);
		// A year on 1000 px: under 3 px a day.
		const marks = marksOf(frame(m, day(2017, 1, 1), day(2018, 1, 1))[0]);
		expect(marks).toHaveLength(3);
		expect(new Set(marks.map((k) => k.row)).size).toBe(3);
		expectNoHiddenGlyphs(marks);
	});

	it('spreads events of the same day across the day when zoomed in', () => {
		const m = model([{ date: '2017-08-01' }, { date: '2017-08-01' }, { date: '2017-08-01' }, { date: '2017-08-01' }]);
		// Five days on 1000 px: 200 px a day.
		const from = day(2017, 7, 30);
		const to = day(2017, 8, 4);
		const { x } = view(from, to);
		const marks = marksOf(frame(m, from, to)[0]);
		expect(marks).toHaveLength(4);
		const xs = marks.map((k) => k.x).sort((a, b) => a - b);
		for (const v of xs) {
			expect(v).toBeGreaterThan(x(day(2017, 8, 1)));
			expect(v).toBeLessThan(x(day(2017, 8, 2)));
		}
		for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(LANE.glyph * 2);
		expectNoHiddenGlyphs(marks);
	});

	it('never hides a glyph under another, at any zoom (marks or density)', () => {
		const dates: TestEvent[] = [];
		for (let k = 0; k < 40; k++) dates.push({ date: `2017-08-${String(1 + (k % 9)).padStart(2, '0')}` });
		dates.push({ date: '2017-08' }, { date: '2017' }, { date: '../2017-08-03' }, { date: '2017-08-05/..' });
		const m = model(dates);
		for (const days of [2, 5, 10, 30, 90, 365, 3650]) {
			const from = day(2017, 8, 1) - days / 2;
			const f = frame(m, from, from + days)[0]!;
			if (f.mode === 'marks') {
				expectNoHiddenGlyphs(f.marks);
				expect(new Set(f.marks.map((k) => k.event)).size).toBe(f.marks.length);
			} else expect(f.visible).toBeGreaterThan(0);
		}
	});

	it('switches a crowded lane to density when zoomed out, and back to marks when zoomed in', () => {
		// 1000 events over ten years, one every ~3.65 days.
		const events: TestEvent[] = [];
		const first = day(2010, 1, 1);
		for (let k = 0; k < 1000; k++) events.push({ day: first + Math.floor(k * 3.65) });
		const m = model(events);
		const out = frame(m, day(2010, 1, 1), day(2020, 1, 1))[0]!;
		expect(out.mode).toBe('density');
		const inside = frame(m, day(2015, 3, 1), day(2015, 3, 20))[0]!;
		expect(inside.mode).toBe('marks');
	});

	it('counts every event in the window exactly once in density mode', () => {
		const events: TestEvent[] = [];
		const first = day(2010, 1, 1);
		// Several events share days, some lie outside the window on either side.
		for (let k = 0; k < 3000; k++) events.push({ day: first + Math.floor(k * 1.7) });
		const m = model(events);
		const from = day(2011, 1, 1);
		const to = day(2018, 1, 1);
		const width = 997;
		const f = frame(m, from, to, width)[0]!;
		expect(f.mode).toBe('density');
		if (f.mode !== 'density') return;
		const { dayAt } = view(from, to, width);
		const inWindow = [...m.anchor].filter((a) => a >= dayAt(0) && a < dayAt(width)).length;
		expect(inWindow).toBeGreaterThan(1000);
		expect(f.bins.reduce((s, b) => s + b, 0)).toBe(inWindow);
		expect(f.bins.length).toBe(Math.ceil(width / LANE.binPx));
		expect(f.max).toBe(Math.max(...f.bins));
		// `visible` counts what is in view including the margins for open tails.
		const margin = view(from, to, width);
		const inView = [...m.anchor].filter((a) => a >= margin.dayAt(-LANE.openTail) && a <= margin.dayAt(width + LANE.openTail)).length;
		expect(f.visible).toBe(inView);
		expect(markCount([f])).toBe(inView);
	});

	it('draws a span that starts before the window but reaches into it', () => {
		const m = model([{ date: '2017' }, { date: '2016-12-20/2017-01-10' }, { date: '2016-03' }]);
		// The second half of July 2017: the year 2017 covers it; the others ended long before.
		const from = day(2017, 7, 15);
		const to = day(2017, 7, 31);
		const { x } = view(from, to);
		const marks = marksOf(frame(m, from, to)[0]);
		expect(marks.map((k) => k.event)).toEqual([0]);
		expect(marks[0]!.x0).toBeLessThan(0);
		expect(marks[0]!.x1).toBeCloseTo(x(day(2018, 1, 1)));
	});

	it('lays out only the lanes asked for, skipping unknown ones', () => {
		const m = model([{ date: '2017-08-01', lanes: [0] }, { date: '2017-08-02', lanes: [1] }], 2);
		const frames = frame(m, day(2017, 7, 1), day(2017, 9, 1), 1000, [1, 5]);
		expect(frames.map((f) => f.lane)).toEqual([1]);
		expect(marksOf(frames[0]).map((k) => k.event)).toEqual([1]);
		expect(markCount(frames)).toBe(1);
	});
});
