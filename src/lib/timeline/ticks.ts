/**
 * Axis ticks that stay readable at every zoom, from decades to days: a row of fine ticks (days,
 * months, years or decades, as many as fit) and a row of coarse ones giving their context (the
 * month of the days, the year of the months). UTC throughout.
 */
import { utcDay, utcMonth, utcWeek, utcYear, type TimeInterval } from 'd3-time';

export type TickUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';

export interface Tick {
	/** UTC milliseconds. */
	t: number;
	unit: TickUnit;
}

export interface Ticks {
	fine: Tick[];
	coarse: Tick[];
}

interface Step {
	unit: TickUnit;
	interval: TimeInterval;
	/** Approximate length in days. */
	days: number;
	coarse: TickUnit | null;
}

/**
 * Every other day: 1, 3, 5 … 29 of each month (27 in February). `utcDay.every(2)` would also take
 * the 31st (and 29 February), one day before the next month's 1st, so two labels would collide.
 */
const everyOtherDay = utcDay.filter((d) => {
	const date = d.getUTCDate();
	return date % 2 === 1 && date <= (d.getUTCMonth() === 1 ? 27 : 29);
});

const STEPS: Step[] = [
	{ unit: 'day', interval: utcDay, days: 1, coarse: 'month' },
	{ unit: 'day', interval: everyOtherDay, days: 2, coarse: 'month' },
	{ unit: 'week', interval: utcWeek, days: 7, coarse: 'month' },
	{ unit: 'month', interval: utcMonth, days: 30.44, coarse: 'year' },
	{ unit: 'quarter', interval: utcMonth.every(3)!, days: 91.3, coarse: 'year' },
	{ unit: 'year', interval: utcYear, days: 365.25, coarse: 'decade' },
	{ unit: 'year', interval: utcYear.every(2)!, days: 730.5, coarse: 'decade' },
	{ unit: 'year', interval: utcYear.every(5)!, days: 1826, coarse: 'decade' },
	{ unit: 'decade', interval: utcYear.every(10)!, days: 3652.5, coarse: null },
	{ unit: 'decade', interval: utcYear.every(20)!, days: 7305, coarse: null },
	{ unit: 'decade', interval: utcYear.every(50)!, days: 18262, coarse: null }
];

const COARSE: Record<TickUnit, TimeInterval> = {
	day: utcDay,
	week: utcWeek,
	month: utcMonth,
	quarter: utcMonth.every(3)!,
	year: utcYear,
	decade: utcYear.every(10)!
};

/**
 * Ticks for the window [t0, t1] drawn `width` pixels wide, at least `minPx` pixels apart
 * (a label needs room: ~40 px for "31", ~56 px for "Agu", ~44 px for "2017").
 */
export function timeTicks(t0: number, t1: number, width: number, minPx = 48): Ticks {
	const pxPerDay = width / Math.max(1, (t1 - t0) / 86_400_000);
	const step = STEPS.find((s) => s.days * pxPerDay >= minPx) ?? STEPS[STEPS.length - 1]!;
	const fine = step.interval.range(new Date(t0), new Date(t1 + 1)).map((d) => ({ t: d.getTime(), unit: step.unit }));
	const coarseUnit = step.coarse;
	const coarse: Tick[] = [];
	if (coarseUnit) {
		// The coarse tick at or before the window keeps its label visible at the left edge.
		const first = COARSE[coarseUnit].floor(new Date(t0));
		for (const d of [first, ...COARSE[coarseUnit].range(new Date(first.getTime() + 1), new Date(t1 + 1))]) coarse.push({ t: d.getTime(), unit: coarseUnit });
	}
	return { fine, coarse };
}
