/**
 * decodeArticle: the bytes of an article file in, its text or one line saying why not out.
 * Inputs are short news lines as the files in data/articles hold them.
 */
import { describe, expect, it } from 'vitest';
import { decodeArticle, DEFAULT_MAX_BYTES, firstInvalidUtf8 } from './decode';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) =>
	Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

/** Fails the test unless decoding failed, and hands back the reason. */
function reasonOf(input: Uint8Array, maxBytes?: number): string {
	const result = decodeArticle(input, maxBytes);
	expect(result.ok, 'expected the file to be rejected').toBe(false);
	return result.ok ? '' : result.reason;
}

function textOf(input: Uint8Array, maxBytes?: number): string {
	const result = decodeArticle(input, maxBytes);
	if (!result.ok) throw new Error(`expected text, got: ${result.reason}`);
	return result.text;
}

const LEAD = 'JAKARTA - Menteri Komunikasi dan Informatika Rudiantara bertemu CEO BlackBerry John Chen.';

describe('valid UTF-8', () => {
	it('returns the text exactly, accents, dashes and curly quotes included', () => {
		const text = `${LEAD}\n\n“Orang tidak dapat menghentikan daya tarik ponsel Xiaomi,” katanya – café, naïve, Rp962 miliar.\n`;
		expect(textOf(utf8(text))).toBe(text);
	});

	it('drops a UTF-8 byte-order mark so offsets start at the first letter', () => {
		const text = textOf(bytes([0xef, 0xbb, 0xbf], LEAD));
		expect(text).toBe(LEAD);
		expect(text.charAt(0)).toBe('J');
	});

	it('keeps Windows line endings: event offsets index this very string', () => {
		const text = 'Sabtu, 05 Ags 2017 12:33 WIB\r\n\r\nJakarta - Kominfo memanggil Telegram.\r\n';
		expect(textOf(utf8(text))).toBe(text);
	});

	it('accepts a form feed or tab inside prose', () => {
		const text = `${LEAD}\f\n\tBaca juga: Nokia Belum Jelas`;
		expect(textOf(utf8(text))).toBe(text);
	});
});

describe('files that are not an article', () => {
	it('an empty file', () => {
		expect(reasonOf(new Uint8Array())).toMatch(/empty/i);
	});

	it.each([
		['spaces and newlines', '   \n\n  \r\n'],
		['tabs', '\t\t\n'],
		['no-break spaces', '\u00a0\u00a0\n']
	])('a file of white space only (%s)', (_name, text) => {
		expect(reasonOf(utf8(text))).toMatch(/empty/i);
	});

	it('binary data with a NUL byte names the offset of the NUL', () => {
		// A PNG header: the first NUL is the ninth byte.
		const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
		const reason = reasonOf(png);
		expect(reason).toMatch(/binary/i);
		expect(reason).toMatch(/NUL/);
		expect(reason).toMatch(/offset 8\b/);
	});

	it('a text with a NUL in the middle is binary too', () => {
		const reason = reasonOf(bytes('Kominfo', [0x00], ' memblokir Telegram.'));
		expect(reason).toMatch(/offset 7\b/);
	});

	it('a run of control characters is not prose', () => {
		const noise = Array.from({ length: 40 }, (_, k) => 1 + (k % 8));
		expect(reasonOf(bytes('Kominfo ', noise, ' Telegram'))).toMatch(/binary|control/i);
	});
});

describe('UTF-16 with a byte-order mark', () => {
	const utf16 = (text: string, littleEndian: boolean) => {
		const out = [littleEndian ? 0xff : 0xfe, littleEndian ? 0xfe : 0xff];
		for (const ch of text) {
			const code = ch.charCodeAt(0);
			out.push(...(littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
		}
		return Uint8Array.from(out);
	};

	it('little-endian (FF FE) is named as such, with what to do', () => {
		const reason = reasonOf(utf16(LEAD, true));
		expect(reason).toMatch(/UTF-16/);
		expect(reason).toMatch(/little-endian/i);
		expect(reason).toMatch(/UTF-8/);
	});

	it('big-endian (FE FF) is named as such', () => {
		const reason = reasonOf(utf16(LEAD, false));
		expect(reason).toMatch(/UTF-16/);
		expect(reason).toMatch(/big-endian/i);
	});
});

describe('text in another 8-bit encoding', () => {
	it('Latin-1 "Caf\\xe9": names UTF-8 and the offset of the é byte', () => {
		const reason = reasonOf(Uint8Array.from([0x43, 0x61, 0x66, 0xe9]));
		expect(reason).toMatch(/UTF-8/);
		expect(reason).toMatch(/offset 3\b/);
		expect(reason).toMatch(/0xE9/i);
	});

	it('counts the offset in bytes, after multi-byte UTF-8 characters', () => {
		// "Kominfo – " is 12 bytes in UTF-8 (the en dash takes three); the Latin-1 é follows.
		const reason = reasonOf(bytes('Kominfo – Caf', [0xe9], ' di Jakarta'));
		expect(reason).toMatch(/offset 15\b/);
	});

	it('Windows-1252 curly quotes (0x93 ... 0x94) point at the opening quote', () => {
		const reason = reasonOf(bytes('Durov: ', [0x93], 'Kami telah sepakat', [0x94]));
		expect(reason).toMatch(/UTF-8/);
		expect(reason).toMatch(/offset 7\b/);
	});

	it('a UTF-8 character cut short at the end of the file', () => {
		// "Rp" then the first two of the three bytes of "€".
		const reason = reasonOf(bytes('Harga Rp', [0xe2, 0x82]));
		expect(reason).toMatch(/offset 8\b/);
	});

	// Regression (fixed): the old code reports "byte 0x00 at offset -1" here: its own scan accepts ED A0 BD as a
	// three-byte character (it does not check the surrogate range) while TextDecoder rejects it.
	it('CESU-8 (an emoji written as two encoded surrogates) names the offset of the first bad byte', () => {
		// "OK " then U+1F600 as CESU-8: ED A0 BD ED B8 80.
		const reason = reasonOf(bytes('OK ', [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]));
		expect(reason).toMatch(/UTF-8/);
		expect(reason).toMatch(/offset 3\b/);
	});

	// Same gap (fixed): an overlong form (E0 80 AF) passed the old code's scan, so it reports offset -1.
	it('an overlong UTF-8 sequence names its offset', () => {
		const reason = reasonOf(bytes('Kominfo ', [0xe0, 0x80, 0xaf], ' Telegram'));
		expect(reason).toMatch(/offset 8\b/);
	});
});

describe('the offset of the first bad byte agrees with TextDecoder', () => {
	const strict = new TextDecoder('utf-8', { fatal: true });
	const valid = (b: Uint8Array) => {
		try {
			strict.decode(b);
			return true;
		} catch {
			return false;
		}
	};

	it('on random byte strings rich in lead and continuation bytes', () => {
		let seed = 12345;
		const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) / (1 << 24);
		const pool = [0x41, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xff];
		for (let n = 0; n < 5000; n++) {
			const bytes = Uint8Array.from({ length: 1 + Math.floor(rand() * 6) }, () => pool[Math.floor(rand() * pool.length)]!);
			const at = firstInvalidUtf8(bytes);
			expect(at === -1, Array.from(bytes, (b) => b.toString(16)).join(' ')).toBe(valid(bytes));
			// The prefix before the reported byte is valid, so the offset is the first bad one.
			if (at > 0) expect(valid(bytes.subarray(0, at))).toBe(true);
		}
	});
});

describe('size limit', () => {
	it('a file over maxBytes is refused before anything else, naming the limit', () => {
		const reason = reasonOf(utf8(LEAD), 32);
		expect(reason).toMatch(/limit/);
		expect(reason).toMatch(/32 B/);
	});

	it('a file of exactly maxBytes is read', () => {
		const input = utf8('Kominfo memanggil Netflix.');
		expect(textOf(input, input.length)).toBe('Kominfo memanggil Netflix.');
	});

	it('the size check comes first: a huge binary file is refused for its size', () => {
		const reason = reasonOf(new Uint8Array(2048), 1024);
		expect(reason).toMatch(/2\.0 KB/);
		expect(reason).not.toMatch(/NUL/);
	});

	it('the default limit is far above any article', () => {
		expect(DEFAULT_MAX_BYTES).toBeGreaterThanOrEqual(1024 * 1024);
	});
});

describe('every failure reason', () => {
	const failures: [string, Uint8Array, number?][] = [
		['empty', new Uint8Array()],
		['white space', utf8(' \n\r\n\t')],
		['UTF-16 LE', Uint8Array.from([0xff, 0xfe, 0x4b, 0x00])],
		['UTF-16 BE', Uint8Array.from([0xfe, 0xff, 0x00, 0x4b])],
		['Latin-1', Uint8Array.from([0x43, 0x61, 0x66, 0xe9])],
		['NUL', Uint8Array.from([0x4b, 0x00, 0x4b])],
		['control characters', Uint8Array.from(Array.from({ length: 30 }, () => 0x01))],
		['too large', utf8(LEAD), 10]
	];
	it.each(failures)('is one non-empty line (%s)', (_name, input, maxBytes) => {
		const reason = reasonOf(input, maxBytes);
		expect(reason.trim()).not.toBe('');
		expect(reason).not.toMatch(/[\r\n]/);
	});
});
