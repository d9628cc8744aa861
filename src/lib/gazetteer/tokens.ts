/**
 * Word tokens with offsets. Names are matched token by token, so "Inc" in "Xiaomi Inc," and
 * "rt.com" each stay one token, and a match never ends in the middle of a word.
 */

export interface Token {
	text: string;
	/** Lower-cased text, computed once: the recognisers compare words many times. */
	lower: string;
	start: number;
	end: number;
}

function token(text: string, start: number, end: number): Token {
	return { text, lower: text.toLowerCase(), start, end };
}

/**
 * A token is what `/[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*\/gu` matches: runs of letters and
 * digits, joined by an apostrophe, a full stop, an ampersand or a hyphen. It is scanned by hand
 * because every article is tokenised sentence by sentence, and the match objects of that regular
 * expression were the largest share of what the extractor allocated.
 */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 code unit below U+10000: 0 not yet known, 1 letter or digit, 2 neither. */
const BMP_WORD = new Uint8Array(0x10000);

/** Length (1 or 2 code units) of the letter or digit at `i`, or 0. */
function wordCharAt(text: string, i: number): number {
	const c = text.charCodeAt(i);
	if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;
	if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
		const d = text.charCodeAt(i + 1);
		if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
	}
	let known = BMP_WORD[c]!;
	if (known === 0) BMP_WORD[c] = known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
	return known === 1 ? 1 : 0;
}

/** Code units of the code point at `i` (a surrogate pair is one). */
function codePointLength(text: string, i: number): number {
	const c = text.charCodeAt(i);
	if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
	const d = text.charCodeAt(i + 1);
	return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** ' ’ . & - */
const isJoiner = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x26 || c === 0x2d;

/** End of the letters and digits from `i`. */
function runEnd(text: string, i: number): number {
	while (i < text.length) {
		const w = wordCharAt(text, i);
		if (w === 0) break;
		i += w;
	}
	return i;
}

/** English possessive: "Vietnam's government" is "Vietnam" + "'s" + "government". */
function isPossessive(word: string): boolean {
	if (word.length <= 2 || word.charCodeAt(word.length - 1) !== 0x73) return false;
	const q = word.charCodeAt(word.length - 2);
	return q === 0x27 || q === 0x2019;
}

/** A part of a hyphenated word that is a name on its own: capitalised, two characters or more. */
const NAME_PART = /^\p{Lu}[\p{L}\p{N}'’.&]+$/u;

/**
 * "AS-China", "Rusia-Ukraina", "US-China": two names joined by a hyphen are two tokens, so each
 * is found. Reduplication ("Bangsa-Bangsa", "Tanda-Tanda"), a one-letter prefix ("E-KTP") and
 * lower-case compounds ("orang-orang", "e-commerce") stay one word. A hyphenated alias in the
 * gazetteer ("Hewlett-Packard") is split the same way, so it still matches as written.
 */
function pushSplitNames(tokens: Token[], text: string, start: number): void {
	if (text.includes('-')) {
		const parts = text.split('-');
		const first = parts[0]!.toLowerCase();
		if (parts.every((p) => NAME_PART.test(p)) && !parts.every((p) => p.toLowerCase() === first)) {
			let at = start;
			for (const p of parts) {
				tokens.push(token(p, at, at + p.length));
				at += p.length + 1;
			}
			return;
		}
	}
	tokens.push(token(text, start, start + text.length));
}

/** Calls `visit` with the start and end of each match of the token pattern, left to right. */
export function forEachWord(text: string, visit: (from: number, to: number) => void): void {
	let i = 0;
	while (i < text.length) {
		if (wordCharAt(text, i) === 0) {
			i += codePointLength(text, i);
			continue;
		}
		const from = i;
		i = runEnd(text, i);
		while (i + 1 < text.length && isJoiner(text.charCodeAt(i)) && wordCharAt(text, i + 1) > 0) i = runEnd(text, i + 1);
		visit(from, i);
	}
}

export function tokenize(text: string, offset = 0): Token[] {
	const tokens: Token[] = [];
	forEachWord(text, (from, to) => {
		const word = text.slice(from, to);
		const start = offset + from;
		const end = offset + to;
		if (isPossessive(word)) {
			pushSplitNames(tokens, word.slice(0, -2), start);
			tokens.push(token(`'s`, end - 2, end));
		} else pushSplitNames(tokens, word, start);
	});
	return tokens;
}

/** Tokens of an alias as the matcher stores them ("U.S." -> ["U.S"]). */
export function aliasTokens(alias: string): string[] {
	return tokenize(alias).map((t) => t.text);
}

/**
 * Case variants an alias also matches: the ALL-CAPS form (headlines, datelines) and, for
 * camel-cased brand names, the form with only the first letter capitalised ("Blackberry").
 */
export function caseVariants(tokens: string[]): string[][] {
	const variants = [tokens];
	const upper = tokens.map((t) => t.toUpperCase());
	if (upper.join(' ') !== tokens.join(' ') && tokens.join('').replace(/[^\p{L}]/gu, '').length > 2) variants.push(upper);
	if (tokens.length === 1) {
		const word = tokens[0]!;
		const plain = word.charAt(0) + word.slice(1).toLowerCase();
		if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(word) && plain !== word) variants.push([plain]);
	}
	return variants;
}
