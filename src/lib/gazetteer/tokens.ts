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

const TOKEN = /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*/gu;

/** English possessive: "Vietnam's government" is "Vietnam" + "'s" + "government". */
const POSSESSIVE = /['’]s$/;

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

export function tokenize(text: string, offset = 0): Token[] {
	const tokens: Token[] = [];
	TOKEN.lastIndex = 0;
	for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
		const start = offset + m.index;
		const end = start + m[0].length;
		if (POSSESSIVE.test(m[0]) && m[0].length > 2) {
			pushSplitNames(tokens, m[0].slice(0, -2), start);
			tokens.push(token(`'s`, end - 2, end));
		} else pushSplitNames(tokens, m[0], start);
	}
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
