/**
 * The matched events' numbers as typed-array columns, packed into one base64 string for the page
 * data: 100,000 events cost a few megabytes that serialise and decode in milliseconds, where the
 * same numbers as JSON arrays would take hundreds of milliseconds each way.
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

/** The columns' shared buffer as base64 (little-endian, as every browser and Node use). */
export function encodeColumns(columns: TimelineColumns): string {
	const bytes = new Uint8Array(columns.n.buffer);
	if (typeof Buffer !== 'undefined') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

export function decodeColumns(base64: string, count: number, placements: number): TimelineColumns {
	const binary = atob(base64);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return viewColumns(bytes.buffer, count, placements);
}
