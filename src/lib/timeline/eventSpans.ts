/**
 * What an event lasted, beyond its own date: a stated duration ("menyelidiki selama tiga bulan",
 * P3M) runs from its start; a ban runs until the same side lifts it, when a later lifting of the
 * same target by the same banner is on record. Both are drawn as ranges. The date itself is
 * kept: only the span's end moves, and a flag says it was derived.
 */
import { FLAG, type TimeSpan } from './span';
import { lowerBound } from './layout';

export interface SpanInput {
	type: string;
	status: string;
	duration: string | null | undefined;
	actors: { id: string; role: string }[];
	span: TimeSpan;
}

const DAY_MS = 86_400_000;
const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/** The last day of a stated duration from `start` (inclusive), or null if it is not a date duration. */
export function durationEnd(start: number, duration: string): number | null {
	const m = DURATION.exec(duration);
	if (!m || duration === 'P') return null;
	const [years, months, weeks, days] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number];
	const date = new Date(start * DAY_MS);
	// Months and years clamp to the last day of the month they land in (31 January + 1 month is
	// 28 February), as calendar libraries do; weeks and days then count on from there.
	const month = date.getUTCMonth() + months + 12 * years;
	const lastDay = new Date(Date.UTC(date.getUTCFullYear(), month + 1, 0)).getUTCDate();
	const landed = Date.UTC(date.getUTCFullYear(), month, Math.min(date.getUTCDate(), lastDay));
	return Math.max(start, Math.round(landed / DAY_MS) + weeks * 7 + days - 1);
}

const side = (e: SpanInput, role: string) => e.actors.filter((a) => a.role === role).map((a) => a.id);

/** Extends spans in place (see above); returns how many were extended. */
export function extendSpans(events: SpanInput[]): number {
	let extended = 0;
	for (const e of events) {
		const { span } = e;
		if (!e.duration || span.start === null || span.flags & FLAG.openEnd) continue;
		const end = durationEnd(span.start, e.duration);
		if (end !== null && (span.end === null || end > span.end)) {
			span.end = end;
			span.flags |= FLAG.derivedEnd;
			extended++;
		}
	}
	// Liftings by (lifter, lifted) pair, days ascending: each ban then looks up its own pairs
	// instead of scanning every lifting (a corpus of 100,000 events took seconds that way).
	const liftDays = new Map<string, number[]>();
	for (const lift of events) {
		if (lift.type !== 'ban-lifted' || lift.status !== 'occurred') continue;
		const day = lift.span.start ?? lift.span.end;
		if (day === null) continue;
		for (const a of side(lift, 'actor')) for (const t of side(lift, 'target')) {
			const key = `${a}\u0000${t}`;
			const days = liftDays.get(key);
			if (days) days.push(day);
			else liftDays.set(key, [day]);
		}
	}
	for (const days of liftDays.values()) days.sort((x, y) => x - y);
	for (const ban of events) {
		if (ban.type !== 'ban' || ban.span.end === null || ban.span.flags & FLAG.derivedEnd) continue;
		const targets = side(ban, 'target');
		const banners = side(ban, 'actor');
		// The first lifting on or after the ban's end by one of its banners of one of its targets.
		let until: number | null = null;
		for (const a of banners) {
			for (const t of targets) {
				const days = liftDays.get(`${a}\u0000${t}`);
				if (!days) continue;
				const day = days[lowerBound(days, ban.span.end)];
				if (day !== undefined && (until === null || day < until)) until = day;
			}
		}
		if (until !== null && until > ban.span.end) {
			ban.span.end = until;
			ban.span.flags |= FLAG.derivedEnd;
			extended++;
		}
	}
	return extended;
}
