/**
 * The matched events' numbers as typed-array columns in one buffer, fetched as binary beside the
 * page: 100,000 events cost about two megabytes that need no parsing, where the same numbers as
 * JSON arrays (or base64 in the page data) take hundreds of milliseconds to write and read.
 */

/** Marks an open side or a missing day in the start and end columns. */
export const NO_DAY = -2147483648;

export interface TimelineColumns {
	/** Position of the event in the events file (to fetch its details). */
	n: Int32Array;
	/** First and last day (days since 1970-01-01), NO_DAY on an open side. */
	start: Int32Array;
	end: Int32Array;
	/** Index into EVENT_TYPES. */
	type: Uint8Array;
	/** FLAG bits. */
	flags: Uint16Array;
	sources: Uint16Array;
	/** Event `placementEvent[p]` is drawn in lane `placementLane[p]`. */
	placementLane: Int32Array;
	placementEvent: Int32Array;
}

function layout(count: number, placements: number) {
	// Four-byte columns first, then two-byte, then one-byte, so every view is aligned.
	const offsets = { n: 0, start: 0, end: 0, placementLane: 0, placementEvent: 0, flags: 0, sources: 0, type: 0 };
	let at = 0;
	for (const [name, size, length] of [
		['n', 4, count],
		['start', 4, count],
		['end', 4, count],
		['placementLane', 4, placements],
		['placementEvent', 4, placements],
		['flags', 2, count],
		['sources', 2, count],
		['type', 1, count]
	] as const) {
		offsets[name] = at;
		at += size * length;
	}
	return { offsets, bytes: at };
}

export function allocateColumns(count: number, placements: number): TimelineColumns {
	const { offsets, bytes } = layout(count, placements);
	const buffer = new ArrayBuffer(Math.ceil(bytes / 4) * 4);
	return viewColumns(buffer, count, placements, offsets);
}

function viewColumns(buffer: ArrayBuffer, count: number, placements: number, offsets = layout(count, placements).offsets): TimelineColumns {
	return {
		n: new Int32Array(buffer, offsets.n, count),
		start: new Int32Array(buffer, offsets.start, count),
		end: new Int32Array(buffer, offsets.end, count),
		placementLane: new Int32Array(buffer, offsets.placementLane, placements),
		placementEvent: new Int32Array(buffer, offsets.placementEvent, placements),
		flags: new Uint16Array(buffer, offsets.flags, count),
		sources: new Uint16Array(buffer, offsets.sources, count),
		type: new Uint8Array(buffer, offsets.type, count)
	};
}

/** The columns' bytes (little-endian, as every browser and Node use), to send as they are. */
export function columnsBytes(columns: TimelineColumns): Uint8Array {
	return new Uint8Array(columns.n.buffer);
}

/** Columns over received bytes; an error if they do not hold `count` events and `placements`. */
export function readColumns(buffer: ArrayBuffer, count: number, placements: number): TimelineColumns {
	const { bytes } = layout(count, placements);
	const expected = Math.ceil(bytes / 4) * 4;
	if (buffer.byteLength !== expected) throw new Error(`timeline columns: expected ${expected} bytes for ${count} events, got ${buffer.byteLength}`);
	return viewColumns(buffer, count, placements);
}
