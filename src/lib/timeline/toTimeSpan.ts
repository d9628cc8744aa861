/** An EDTF date as the timeline's span of whole days with flags (server side: it needs the parser). */
import { edtfSpan } from '$lib/dates/edtfSpan';
import { dayOf, FLAG, type TimeSpan } from './span';

export function toTimeSpan(date: string | null): TimeSpan {
	if (!date) return { start: null, end: null, flags: FLAG.undated, month: null };
	const span = edtfSpan(date);
	if (!span) return { start: null, end: null, flags: FLAG.undated, month: null };
	let flags = 0;
	if (span.approximate) flags |= FLAG.approximate;
	if (span.uncertain) flags |= FLAG.uncertain;
	if (span.unknownYear) return { start: null, end: null, flags: flags | FLAG.undated, month: span.month };
	if (span.start === null && span.end === null) return { start: null, end: null, flags: flags | FLAG.undated, month: null };
	if (span.start === null) flags |= FLAG.openStart;
	if (span.end === null) flags |= FLAG.openEnd;
	return {
		start: span.start === null ? null : dayOf(span.start),
		end: span.end === null ? null : dayOf(span.end),
		flags,
		month: null
	};
}
