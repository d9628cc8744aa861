/**
 * Word tokens with offsets. Names are matched token by token, so "Inc" in "Xiaomi Inc," and
 * "rt.com" each stay one token, and a match never ends in the middle of a word.
 */

export interface Token {
	text: string;
	start: number;
	end: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string, offset = 0): Token[] {
	const tokens: Token[] = [];
	TOKEN.lastIndex = 0;
	for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
		tokens.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
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
