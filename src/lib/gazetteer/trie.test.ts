/**
 * Tokens and the token trie the gazetteer finds names with: whole words only, longest name wins.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aliasTokens, caseVariants, forEachWord, tokenize } from './tokens';
import { TokenTrie } from './trie';

const texts = (text: string) => tokenize(text).map((t) => t.text);

/** A trie of names as the gazetteer builds it: each alias with its case variants. */
function trieOf(names: Record<string, string>): TokenTrie<string> {
	const trie = new TokenTrie<string>();
	for (const [name, id] of Object.entries(names)) for (const v of caseVariants(aliasTokens(name))) trie.add(v, id);
	return trie;
}

/** The matched stretches of text with their values. */
function matches(trie: TokenTrie<string>, text: string): [string, string[]][] {
	const tokens = tokenize(text);
	return trie.matchAll(tokens).map((m) => [text.slice(tokens[m.from]!.start, tokens[m.to - 1]!.end), m.values]);
}

/** The token pattern tokenize() scans by hand, as a regular expression: the specification. */
const TOKEN = /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*/gu;

/** Seeded pseudo-random numbers (mulberry32), so a failing case can be run again. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('forEachWord finds what the token pattern matches', () => {
	const byPattern = (text: string) => [...text.matchAll(TOKEN)].map((m) => [m.index, m.index + m[0].length]);
	const byScanner = (text: string) => {
		const words: number[][] = [];
		forEachWord(text, (from, to) => words.push([from, to]));
		return words;
	};

	it('on the seed articles', () => {
		for (const f of readdirSync('data/articles').filter((n) => n.endsWith('.txt'))) {
			const text = readFileSync(`data/articles/${f}`, 'utf8');
			expect(byScanner(text), f).toEqual(byPattern(text));
		}
	});

	it('on random strings of letters, digits, joiners, marks, astral characters and lone surrogates', () => {
		const alphabet = ['a', 'Z', '7', 'é', 'ß', 'И', '中', '٣', '\u0301', ' ', '\n', "'", '’', '.', '&', '-', ',', '(', '😀', '𝐀', '\ud800', '\udc00', '\u00a0', '_'];
		const next = random(20171201);
		for (let n = 0; n < 5000; n++) {
			const text = Array.from({ length: 1 + Math.floor(next() * 24) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
			expect(byScanner(text), JSON.stringify(text)).toEqual(byPattern(text));
		}
	});
});

describe('tokenize', () => {
	it('splits words and drops punctuation, keeping offsets into the text', () => {
		const text = 'JAKARTA - Kominfo memanggil Telegram, Line, dan Google.';
		const tokens = tokenize(text);
		expect(tokens.map((t) => t.text)).toEqual(['JAKARTA', 'Kominfo', 'memanggil', 'Telegram', 'Line', 'dan', 'Google']);
		for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
		expect(tokens[1]!.lower).toBe('kominfo');
	});

	it('adds the offset of the sentence in the article', () => {
		const article = 'Judul\n\nHuawei menghubungi Basalt SPO.';
		const from = article.indexOf('Huawei');
		const tokens = tokenize(article.slice(from), from);
		expect(tokens.map((t) => article.slice(t.start, t.end))).toEqual(['Huawei', 'menghubungi', 'Basalt', 'SPO']);
	});

	it.each([
		['rt.com', 'dikutip dari laman rt.com, orang-orang', ['dikutip', 'dari', 'laman', 'rt.com', 'orang-orang']],
		['a legal form without its stop', 'Xiaomi Inc, vendor ponsel', ['Xiaomi', 'Inc', 'vendor', 'ponsel']],
		['an amount', 'rugi Rp962 miliar dan Rp1.5 triliun', ['rugi', 'Rp962', 'miliar', 'dan', 'Rp1.5', 'triliun']],
		['an ampersand name', 'AT&T and Verizon', ['AT&T', 'and', 'Verizon']],
		['reduplication', 'ponsel-ponsel murah Xiaomi', ['ponsel-ponsel', 'murah', 'Xiaomi']],
		['"U.S." without its final stop', 'the U.S. government', ['the', 'U.S', 'government']],
		['an elided word', "Durov didn't say", ['Durov', "didn't", 'say']]
	])('keeps %s as one token', (_name, text, expected) => {
		expect(texts(text)).toEqual(expected);
	});

	it.each([
		["Vietnam's government", ['Vietnam', "'s", 'government']],
		['Vietnam’s government', ['Vietnam', "'s", 'government']],
		["Indonesia's communications ministry", ['Indonesia', "'s", 'communications', 'ministry']]
	])('splits the English possessive: %s', (text, expected) => {
		const tokens = tokenize(text);
		expect(tokens.map((t) => t.text)).toEqual(expected);
		// Offsets still point at the raw text, curly apostrophe and all.
		expect(text.slice(tokens[0]!.start, tokens[0]!.end)).toBe(expected[0]);
		expect(tokens[1]!.end - tokens[1]!.start).toBe(2);
		expect(tokens[1]!.start).toBe(tokens[0]!.end);
	});

	it('aliasTokens stores "U.S." as the matcher will see it', () => {
		expect(aliasTokens('U.S.')).toEqual(['U.S']);
		expect(aliasTokens('Tencent Holdings Ltd.')).toEqual(['Tencent', 'Holdings', 'Ltd']);
	});
});

describe('caseVariants', () => {
	it.each([
		['a plain name gets its ALL-CAPS form', ['Kominfo'], [['Kominfo'], ['KOMINFO']]],
		['multi-word names too', ['Huawei', 'Technologies'], [['Huawei', 'Technologies'], ['HUAWEI', 'TECHNOLOGIES']]],
		['camel case also gets "Blackberry"', ['BlackBerry'], [['BlackBerry'], ['BLACKBERRY'], ['Blackberry']]],
		['"WeChat" -> "Wechat"', ['WeChat'], [['WeChat'], ['WECHAT'], ['Wechat']]],
		['an acronym has nothing to add', ['AS'], [['AS']]],
		['"iPhone" starts lower-case: no "Iphone"', ['iPhone'], [['iPhone'], ['IPHONE']]],
		// "XI" in capitals is a Roman numeral more often than Xi Jinping.
		['two-letter names get no capitals form', ['Xi'], [['Xi']]]
	])('%s', (_name, tokens, expected) => {
		expect(caseVariants(tokens)).toEqual(expected);
	});
});

describe('TokenTrie', () => {
	const trie = trieOf({
		Tencent: 'tencent',
		'Tencent Holdings Ltd': 'tencent',
		Google: 'google',
		'Google Play Store': 'google-play',
		'Korea Selatan': 'KR',
		Korea: 'korea',
		AS: 'US',
		'Amerika Serikat': 'US',
		Intel: 'intel',
		Line: 'line',
		Kominfo: 'id-kominfo',
		BlackBerry: 'blackberry',
		'John Chen': 'john-chen'
	});

	it('the longest name wins: "Tencent Holdings Ltd" is one match, not "Tencent"', () => {
		expect(matches(trie, 'layanan pesan instan WeChat, milik Tencent Holdings Ltd sejak Agustus')).toEqual([
			['Tencent Holdings Ltd', ['tencent']]
		]);
	});

	it('"Korea Selatan" beats "Korea"; "Korea" alone still matches', () => {
		expect(matches(trie, 'Naver Corp asal Korea Selatan dan Korea Utara')).toEqual([
			['Korea Selatan', ['KR']],
			['Korea', ['korea']]
		]);
	});

	it('falls back to the shorter name when a longer path does not finish', () => {
		// "Google Play" is on the way to "Google Play Store" but is no name itself.
		expect(matches(trie, 'aplikasi di Google Play Music')).toEqual([['Google', ['google']]]);
	});

	it('never matches inside a longer word', () => {
		expect(matches(trie, 'Badan Intelijen Negara dan negara ASEAN membahas Kasus Linewatch')).toEqual([]);
	});

	it('matches are left to right and never overlap', () => {
		expect(matches(trie, 'Intel, Google Play Store, Amerika Serikat, AS.')).toEqual([
			['Intel', ['intel']],
			['Google Play Store', ['google-play']],
			['Amerika Serikat', ['US']],
			['AS', ['US']]
		]);
	});

	it('matches names written in capitals and the "Blackberry" spelling', () => {
		expect(matches(trie, 'CEO BLACKBERRY JOHN CHEN TEMUI KOMINFO')).toEqual([
			['BLACKBERRY', ['blackberry']],
			['JOHN CHEN', ['john-chen']],
			['KOMINFO', ['id-kominfo']]
		]);
		expect(matches(trie, 'Nokia Belum Jelas, Blackberry Siapkan Smartphone')).toEqual([['Blackberry', ['blackberry']]]);
	});

	it('is case-sensitive otherwise: "kominfo" in lower case or "Kominfo" spelt "KomInfo" is not a name', () => {
		expect(matches(trie, 'situs kominfo dan KomInfo')).toEqual([]);
	});

	it('matches on lower-cased tokens when asked (trigger words)', () => {
		const verbs = new TokenTrie<string>();
		verbs.add(['memblokir'], 'ban');
		const tokens = tokenize('Memblokir Telegram adalah langkah terakhir');
		expect(verbs.matchAll(tokens).length).toBe(0);
		expect(verbs.matchAll(tokens, () => true, 'lower').map((m) => [m.from, m.to, m.values])).toEqual([[0, 1, ['ban']]]);
	});

	it('skips values the filter rejects and keeps the longest accepted match', () => {
		const t = new TokenTrie<string>();
		t.add(['Korea'], 'korea');
		t.add(['Korea', 'Selatan'], 'KR');
		const tokens = tokenize('Korea Selatan');
		expect(t.longestAt(tokens, 0)?.values).toEqual(['KR']);
		const m = t.longestAt(tokens, 0, (v) => v !== 'KR');
		expect(m).toEqual({ from: 0, to: 1, values: ['korea'] });
		expect(t.longestAt(tokens, 0, () => false)).toBeNull();
	});

	it('keeps every value of a shared alias once', () => {
		const t = new TokenTrie<string>();
		t.add(['Singapura'], 'SG');
		t.add(['Singapura'], 'singapore-city');
		t.add(['Singapura'], 'SG');
		t.add([], 'nothing');
		expect(t.matchAll(tokenize('Xiaomi masuk Singapura')).map((m) => m.values)).toEqual([['SG', 'singapore-city']]);
	});

	it.each([
		['reduplication in capitals', 'Perserikatan Bangsa-Bangsa', ['Perserikatan', 'Bangsa-Bangsa']],
		['a one-letter prefix', 'registrasi E-KTP', ['registrasi', 'E-KTP']],
		['a lower-case compound', 'pasar e-commerce Asia', ['pasar', 'e-commerce', 'Asia']],
		['a capital before a lower-case word', 'perusahaan Hong Kong-based', ['perusahaan', 'Hong', 'Kong-based']]
	])('keeps a hyphenated word whole: %s', (_name, text, expected) => {
		expect(texts(text)).toEqual(expected);
	});

	it('splits names joined by a hyphen, with offsets into the text, possessive and all', () => {
		const text = "perang Rusia-Ukraina dan US-China's talks";
		const tokens = tokenize(text);
		expect(tokens.map((t) => t.text)).toEqual(['perang', 'Rusia', 'Ukraina', 'dan', 'US', 'China', "'s", 'talks']);
		for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
	});

	it('a hyphenated alias still matches as written, and in capitals', () => {
		const t = trieOf({ 'Hewlett-Packard': 'hp', 'Go-Jek': 'gojek' });
		expect(matches(t, 'Hewlett-Packard dan GO-JEK')).toEqual([
			['Hewlett-Packard', ['hp']],
			['GO-JEK', ['gojek']]
		]);
	});

	// Regression (fixed): the old code keeps "AS-China" as one hyphenated token, so neither country is found in
	// "perang dagang AS-China", the usual way Indonesian news writes the US-China trade war.
	it('a pair of names joined by a hyphen ("AS-China") gives both names', () => {
		const t = trieOf({ AS: 'US', China: 'CN' });
		expect(matches(t, 'di tengah perang dagang AS-China')).toEqual([
			['AS', ['US']],
			['China', ['CN']]
		]);
	});
});
