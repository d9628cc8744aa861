/**
 * Event dates as the timeline draws them: whole UTC days (days since 1970-01-01) with flags that
 * keep what EDTF says about precision, openness and doubt. A day is a point; a month, a week or
 * a stated span is a bar; "../2017-08-01" is a bar open to the left; an unknown year or no date
 * at all goes to the undated tray. (Reading EDTF is in toTimeSpan.ts, on the server: the browser
 * gets days and flags and never loads the EDTF parser.)
 */
export const DAY = 86_400_000;

export const FLAG = {
	approximate: 1,
	uncertain: 2,
	openStart: 4,
	openEnd: 8,
	multiSource: 16,
	planned: 32,
	ongoing: 64,
	undated: 128,
	curated: 256,
	/** The end comes from a stated duration or a later lifting of a ban, not from the date. */
	derivedEnd: 512
} as const;

export interface TimeSpan {
	/** First and last day (inclusive); null on an open side or when undated. */
	start: number | null;
	end: number | null;
	flags: number;
	/** 1-12 for an unknown-year date that names its month ("XXXX-05"). */
	month: number | null;
}

export function dayOf(ms: number): number {
	return Math.floor(ms / DAY);
}

/** Where a span sits for sorting and for a point glyph: its known end for "../X", else its start. */
export function anchorDay(span: Pick<TimeSpan, 'start' | 'end'>): number | null {
	return span.start ?? span.end;
}
