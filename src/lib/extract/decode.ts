/**
 * Turns the bytes of an article file into text, or says in one phrase why it cannot.
 * Offsets in event sources refer to the string this returns, so the article reader must decode
 * the same way (it calls this function too).
 */

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/** Articles are a few KB; anything this large is a dump or a mistake, not an article. */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooLargeReason(size: number, maxBytes: number): string | null {
	return size > maxBytes
		? `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for one article (--max-bytes)`
		: null;
}

/**
 * Offset of the first byte that breaks UTF-8, to point the user at it. Exact per the Unicode
 * well-formed byte sequences table (3-7), as strict as TextDecoder's fatal mode: overlong forms
 * (C0, C1, E0 80..9F, F0 80..8F), encoded surrogates (ED A0..BF, as in CESU-8) and code points
 * past U+10FFFF (F4 90.., F5..FF) are errors at their lead byte.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	const n = bytes.length;
	while (i < n) {
		const b = bytes[i]!;
		if (b < 0x80) {
			i++;
			continue;
		}
		let need: number;
		let lo = 0x80;
		let hi = 0xbf;
		if (b >= 0xc2 && b <= 0xdf) need = 1;
		else if (b >= 0xe0 && b <= 0xef) {
			need = 2;
			if (b === 0xe0) lo = 0xa0;
			else if (b === 0xed) hi = 0x9f;
		} else if (b >= 0xf0 && b <= 0xf4) {
			need = 3;
			if (b === 0xf0) lo = 0x90;
			else if (b === 0xf4) hi = 0x8f;
		} else return i;
		const second = bytes[i + 1];
		if (second === undefined || second < lo || second > hi) return i;
		for (let k = 2; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
		}
		i += need + 1;
	}
	return -1;
}

export function decodeArticle(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): DecodeResult {
	const large = tooLargeReason(bytes.length, maxBytes);
	if (large) return { ok: false, reason: large };
	if (bytes.length === 0) return { ok: false, reason: 'empty file' };
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return { ok: false, reason: 'UTF-16 little-endian text (byte-order mark FF FE); save it as UTF-8' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return { ok: false, reason: 'UTF-16 big-endian text (byte-order mark FE FF); save it as UTF-8' };
	const nul = bytes.indexOf(0);
	if (nul >= 0) return { ok: false, reason: `binary file (NUL byte at offset ${nul}), not text` };
	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		const at = firstInvalidUtf8(bytes);
		const byte = bytes[at] ?? 0;
		const hint = byte >= 0xa0 ? ' (Latin-1 or Windows-1252?)' : '';
		return {
			ok: false,
			reason: `not valid UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at offset ${at}${hint}; save it as UTF-8`
		};
	}
	// Control characters other than tab, newlines and form feed mean this is not prose.
	const controls = text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
	if (controls > 0 && controls > text.length / 1000)
		return { ok: false, reason: `binary file (${controls} control characters), not text` };
	if (text.trim() === '') return { ok: false, reason: 'empty file (only white space)' };
	return { ok: true, text };
}
