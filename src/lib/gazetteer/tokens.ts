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

export function tokenize(text: string, offset = 0): Token[] {
	const tokens: Token[] = [];
	TOKEN.lastIndex = 0;
	for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
		const start = offset + m.index;
		const end = start + m[0].length;
		if (POSSESSIVE.test(m[0]) && m[0].length > 2) {
			tokens.push(token(m[0].slice(0, -2), start, end - 2));
			tokens.push(token(`'s`, end - 2, end));
		} else tokens.push(token(m[0], start, end));
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
