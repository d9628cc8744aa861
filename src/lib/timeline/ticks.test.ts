import { describe, expect, it } from 'vitest';
import { timeTicks, type Tick, type TickUnit } from './ticks';

const DAY = 86_400_000;
const WIDTH = 1000;
const MIN_PX = 48;

/** A label at the precision the tick's unit shows (the axis adds the coarse context). */
function label(tick: Tick): string {
	const iso = new Date(tick.t).toISOString();
	const precision: Record<TickUnit, number> = { day: 10, week: 10, month: 7, quarter: 7, year: 4, decade: 4 };
	return iso.slice(0, precision[tick.unit]);
}

/** Windows from 50 years down to 7 days, ending at various points (and starting mid-day). */
const SPANS_DAYS = [50 * 365.25, 30 * 365.25, 20 * 365.25, 10 * 365.25, 5 * 365.25, 3 * 365.25, 2 * 365.25, 365, 270, 180, 120, 90, 60, 45, 31, 21, 14, 10, 7];
const ENDS = [Date.UTC(2017, 7, 1), Date.UTC(2020, 2, 1, 13), Date.UTC(2024, 1, 29), Date.UTC(2000, 0, 1)];

describe('timeTicks', () => {
	it('stays readable from 50 years down to 7 days on a 1000 px axis', () => {
		for (const days of SPANS_DAYS)
			for (const t1 of ENDS) {
				const t0 = t1 - days * DAY;
				const { fine, coarse } = timeTicks(t0, t1, WIDTH, MIN_PX);
				const what = `${days} days to ${new Date(t1).toISOString()}`;
				// Enough ticks to read the axis, never so many that labels crowd.
				expect(fine.length, what).toBeGreaterThanOrEqual(2);
				expect(fine.length, what).toBeLessThanOrEqual(Math.ceil(WIDTH / MIN_PX / 0.9) + 1);
				// Every tick in the window, in strictly increasing order, one unit for the row.
				for (const t of fine) {
					expect(t.t, what).toBeGreaterThanOrEqual(t0);
					expect(t.t, what).toBeLessThanOrEqual(t1);
				}
				expect(new Set(fine.map((t) => t.unit)).size, what).toBe(1);
				for (let i = 1; i < fine.length; i++) {
					expect(fine[i]!.t, what).toBeGreaterThan(fine[i - 1]!.t);
					// Neighbouring labels are about minPx apart or more (months vary from 28 to 31 days).
					const px = ((fine[i]!.t - fine[i - 1]!.t) / (t1 - t0)) * WIDTH;
					expect(px, `${what}: ${label(fine[i - 1]!)} -> ${label(fine[i]!)}`).toBeGreaterThanOrEqual(MIN_PX * 0.9);
				}
				const labels = fine.map(label);
				expect(new Set(labels).size, what).toBe(labels.length);
				expect([...labels].sort(), what).toEqual(labels);
				// Coarse context: increasing, unique, the first at or before the window's start.
				if (coarse.length) {
					expect(coarse[0]!.t, what).toBeLessThanOrEqual(t0);
					for (let i = 1; i < coarse.length; i++) expect(coarse[i]!.t, what).toBeGreaterThan(coarse[i - 1]!.t);
					const coarseLabels = coarse.map(label);
					expect(new Set(coarseLabels).size, what).toBe(coarseLabels.length);
				}
			}
	});

	it('chooses finer units as the window narrows', () => {
		const order: TickUnit[] = ['day', 'week', 'month', 'quarter', 'year', 'decade'];
		const t1 = Date.UTC(2017, 7, 1);
		let previous = order.length;
		for (const days of SPANS_DAYS) {
			const rank = order.indexOf(timeTicks(t1 - days * DAY, t1, WIDTH, MIN_PX).fine[0]!.unit);
			expect(rank, `${days} days`).toBeLessThanOrEqual(previous);
			previous = rank;
		}
		expect(timeTicks(t1 - 7 * DAY, t1, WIDTH, MIN_PX).fine[0]!.unit).toBe('day');
		expect(timeTicks(t1 - 50 * 365.25 * DAY, t1, WIDTH, MIN_PX).fine[0]!.unit).toMatch(/year|decade/);
	});

	it('shows every day of a week, with its month as context', () => {
		const t0 = Date.UTC(2017, 6, 29);
		const t1 = Date.UTC(2017, 7, 4);
		const { fine, coarse } = timeTicks(t0, t1, WIDTH, MIN_PX);
		expect(fine.map(label)).toEqual(['2017-07-29', '2017-07-30', '2017-07-31', '2017-08-01', '2017-08-02', '2017-08-03', '2017-08-04']);
		expect(coarse.map((t) => t.unit)).toEqual(['month', 'month']);
		expect(coarse.map(label)).toEqual(['2017-07', '2017-08']);
	});

	it('steps every other day without two labels a day apart at a month end', () => {
		// 29 days on 1000 px: 34 px a day, so one tick every two days.
		const { fine } = timeTicks(Date.UTC(2024, 1, 10), Date.UTC(2024, 2, 10), WIDTH, MIN_PX);
		const labels = fine.map(label);
		expect(labels).toContain('2024-02-27');
		expect(labels).toContain('2024-03-01');
		expect(labels).not.toContain('2024-02-29');
		const july = timeTicks(Date.UTC(2017, 6, 10), Date.UTC(2017, 7, 8), WIDTH, MIN_PX).fine.map(label);
		expect(july).toContain('2017-07-29');
		expect(july).not.toContain('2017-07-31');
		expect(july).toContain('2017-08-01');
	});

	it('puts ticks on calendar boundaries (UTC midnight, first of month, new year)', () => {
		const t1 = Date.UTC(2017, 7, 1, 15);
		for (const days of SPANS_DAYS) {
			const { fine } = timeTicks(t1 - days * DAY, t1, WIDTH, MIN_PX);
			for (const tick of fine) {
				const d = new Date(tick.t);
				expect(d.getUTCHours() + d.getUTCMinutes() + d.getUTCSeconds() + d.getUTCMilliseconds()).toBe(0);
				if (tick.unit === 'month' || tick.unit === 'quarter') expect(d.getUTCDate()).toBe(1);
				if (tick.unit === 'year' || tick.unit === 'decade') expect([d.getUTCMonth(), d.getUTCDate()]).toEqual([0, 1]);
			}
		}
	});
});
