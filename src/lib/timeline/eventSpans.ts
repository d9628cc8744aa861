/**
 * What an event lasted, beyond its own date: a stated duration ("menyelidiki selama tiga bulan",
 * P3M) runs from its start; a ban runs until the same side lifts it, when a later lifting of the
 * same target by the same banner is on record. Both are drawn as ranges. The date itself is
 * kept: only the span's end moves, and a flag says it was derived.
 */
import { FLAG, type TimeSpan } from './span';

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
	const lifts = events.filter((e) => e.type === 'ban-lifted' && e.status === 'occurred' && (e.span.start ?? e.span.end) !== null);
	for (const ban of events) {
		if (ban.type !== 'ban' || ban.span.end === null || ban.span.flags & FLAG.derivedEnd) continue;
		const targets = side(ban, 'target');
		const banners = side(ban, 'actor');
		if (!targets.length || !banners.length) continue;
		let until: number | null = null;
		for (const lift of lifts) {
			const day = (lift.span.start ?? lift.span.end)!;
			if (day < ban.span.end) continue;
			if (!side(lift, 'target').some((id) => targets.includes(id)) || !side(lift, 'actor').some((id) => banners.includes(id))) continue;
			if (until === null || day < until) until = day;
		}
		if (until !== null && until > ban.span.end) {
			ban.span.end = until;
			ban.span.flags |= FLAG.derivedEnd;
			extended++;
		}
	}
	return extended;
}
