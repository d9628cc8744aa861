/**
 * splitSentences: body paragraphs into sentences with offsets into the raw article. A stop after
 * an abbreviation, an initial or inside a number does not end a sentence; quotes stay with the
 * sentence they close.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentArticle } from './boilerplate';
import { splitSentences } from './sentences';

/** Sentences of one paragraph. */
const split = (text: string) => splitSentences(text, [{ start: 0, end: text.length }]).map((s) => s.text);

describe('abbreviations do not end a sentence', () => {
	it.each([
		['Tbk. before a bracket', 'Saham PT Telekomunikasi Indonesia Tbk. (TLKM) naik 2 persen pada perdagangan Senin.'],
		['Plt. before a post', 'Plt. Kepala Biro Humas Kementerian Kominfo Noor Iza menjelaskan hasil pertemuan itu.'],
		['Prof. Dr. Ir.', 'Menurut Prof. Dr. Ir. Budi Santoso, kebijakan ini perlu dikaji ulang.'],
		['dll. before a lower-case word', 'Platform seperti Facebook, Twitter, Line, dll. akan dipanggil pekan depan.'],
		['Jl. in an address', 'Durov mendatangi kantor Kemenkominfo di Jl. Medan Merdeka Barat, Jakarta Pusat.'],
		['No. before a number', 'Aturan itu tertuang dalam Peraturan Menteri No. 5 Tahun 2017 tentang konten negatif.'],
		['Inc. before a post', 'Apple Inc. Chief Executive Tim Cook met President Joko Widodo in Jakarta.'],
		['Corp. before a post', 'Microsoft Corp. President Brad Smith said the company would comply.'],
		['Ltd. before a post', 'Tencent Holdings Ltd. Chairman Pony Ma said the app would follow Indonesian law.'],
		['U.S. before a noun', 'The U.S. Commerce Department added Huawei to its entity list in May.'],
		['Dr. in English', 'Dr. Jane Smith of the University of Indonesia said the ban was legal.'],
		['Aug. before a day', 'Reuters reported on Aug. 1 that Telegram would open an office.']
	])('%s', (_name, text) => {
		expect(split(text)).toEqual([text]);
	});

	it.each([
		['Johnny G. Plate', 'Menteri Kominfo Johnny G. Plate mengatakan hal itu di Jakarta.'],
		['Donald J. Trump', 'Presiden AS Donald J. Trump menandatangani perintah eksekutif itu.'],
		['John S. Chen', 'BlackBerry CEO John S. Chen visited the ministry on Wednesday.']
	])('an initial: %s', (_name, text) => {
		expect(split(text)).toEqual([text]);
	});

	it.each([
		['Rp1.5 triliun', 'Nilai investasinya mencapai Rp1.5 triliun tahun ini.'],
		['3.5 persen', 'Penjualan ponsel BlackBerry turun 3.5 persen dibanding tahun lalu.'],
		['Rp962.000', 'Harga ponsel itu Rp962.000 di pasar Indonesia.']
	])('a number: %s', (_name, text) => {
		expect(split(text)).toEqual([text]);
	});
});

describe('stops that do end a sentence', () => {
	it.each([
		[
			'plain full stops',
			'Kominfo memanggil Telegram. Durov datang ke Jakarta pada Selasa.',
			['Kominfo memanggil Telegram.', 'Durov datang ke Jakarta pada Selasa.']
		],
		[
			'a number closing a sentence',
			'Nilainya Rp1.5 triliun pada 2017. Namun angka itu turun 3.5 persen.',
			['Nilainya Rp1.5 triliun pada 2017.', 'Namun angka itu turun 3.5 persen.']
		],
		[
			'an acronym closing a sentence',
			'Kominfo memanggil para penyedia OTT. Mereka diminta membuka kantor.',
			['Kominfo memanggil para penyedia OTT.', 'Mereka diminta membuka kantor.']
		],
		[
			'"dll." closing a sentence',
			'Kominfo memanggil Facebook, Line, dll. Namun Twitter belum datang.',
			['Kominfo memanggil Facebook, Line, dll.', 'Namun Twitter belum datang.']
		],
		[
			'"Ltd." closing a sentence',
			'WeChat dimiliki Tencent Holdings Ltd. Sementara itu, Line dimiliki Naver.',
			['WeChat dimiliki Tencent Holdings Ltd.', 'Sementara itu, Line dimiliki Naver.']
		],
		[
			'"Inc." closing a sentence',
			'Taiwan is investigating Xiaomi Inc. The company declined to comment.',
			['Taiwan is investigating Xiaomi Inc.', 'The company declined to comment.']
		],
		[
			'"U.S." closing a sentence',
			'Huawei was put on a trade blacklist by the U.S. The company denied wrongdoing.',
			['Huawei was put on a trade blacklist by the U.S.', 'The company denied wrongdoing.']
		],
		[
			'question marks',
			'Lalu bagaimana nasib Telegram? Kominfo akan mencabut blokir minggu ini.',
			['Lalu bagaimana nasib Telegram?', 'Kominfo akan mencabut blokir minggu ini.']
		],
		['an exclamation', 'Waduh! Pasar PC Lesu, Lenovo Merugi.', ['Waduh!', 'Pasar PC Lesu, Lenovo Merugi.']],
		[
			'an ellipsis',
			'Kominfo masih menunggu... Telegram belum menjawab.',
			['Kominfo masih menunggu...', 'Telegram belum menjawab.']
		]
	])('%s', (_name, text, expected) => {
		expect(split(text)).toEqual(expected);
	});
});

describe('quotes', () => {
	it('a quote whose stop comes before the closing mark stays with its speech tag', () => {
		const text = '"Kami telah sepakat secara global dan termasuk Indonesia." ujar Durov.';
		expect(split(text)).toEqual([text]);
	});

	it('curly quotes with a comma before the tag', () => {
		const text = '“Orang tidak dapat menghentikan daya tarik ponsel Xiaomi,” katanya.';
		expect(split(text)).toEqual([text]);
	});

	it('the closing quote stays with the sentence it closes', () => {
		expect(split('Ia berkata, "Kami sepakat." Durov lalu pergi.')).toEqual(['Ia berkata, "Kami sepakat."', 'Durov lalu pergi.']);
		expect(split('Ia berkata, “Kami sepakat.” Durov lalu pergi.')).toEqual(['Ia berkata, “Kami sepakat.”', 'Durov lalu pergi.']);
	});

	it('a new quote after a speech tag starts a new sentence', () => {
		const text = '"Kami sudah sepakat," ujar Durov. "Sehingga kita bisa segera mematikan channel mereka."';
		expect(split(text)).toEqual(['"Kami sudah sepakat," ujar Durov.', '"Sehingga kita bisa segera mematikan channel mereka."']);
	});

	it('a bracket closing after the stop stays with its sentence', () => {
		expect(split('Kominfo memanggil Netflix (sebelumnya Telegram.) Pertemuan berlangsung tertutup.')).toEqual([
			'Kominfo memanggil Netflix (sebelumnya Telegram.)',
			'Pertemuan berlangsung tertutup.'
		]);
	});
});

describe('offsets and paragraphs', () => {
	const raw = 'Judul Artikel\n\nJAKARTA - Kominfo memanggil Telegram.  Durov datang.\n\n  "Kami sepakat." Rudiantara tersenyum.  \n';
	const p1 = { start: raw.indexOf('Kominfo'), end: raw.indexOf('datang.') + 'datang.'.length };
	const p2 = { start: raw.indexOf('  "Kami'), end: raw.lastIndexOf('  \n') + 2 };
	const sentences = splitSentences(raw, [p1, p2]);

	it('offsets are into the raw article, with no white space at either end', () => {
		expect(sentences.map((s) => s.text)).toEqual(['Kominfo memanggil Telegram.', 'Durov datang.', '"Kami sepakat."', 'Rudiantara tersenyum.']);
		for (const s of sentences) {
			expect(raw.slice(s.start, s.end)).toBe(s.text);
			expect(s.text).toBe(s.text.trim());
		}
	});

	it('each sentence knows its paragraph', () => {
		expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 1]);
	});

	it('a paragraph with no stop at the end is still one sentence', () => {
		expect(split('Kominfo memanggil Telegram')).toEqual(['Kominfo memanggil Telegram']);
	});

	it('an empty or blank span gives no sentence', () => {
		expect(splitSentences('   \n  ', [{ start: 0, end: 6 }])).toEqual([]);
		expect(splitSentences('abc', [])).toEqual([]);
	});
});

describe('seed articles', () => {
	const ids = readdirSync('data/articles')
		.filter((f) => f.endsWith('.txt'))
		.map((f) => f.replace(/\.txt$/, ''));

	function sentencesOf(id: string) {
		const raw = readFileSync(`data/articles/${id}.txt`, 'utf8');
		const meta = JSON.parse(readFileSync(`data/articles/${id}.meta.json`, 'utf8')) as { title?: string };
		const body = segmentArticle(raw, meta).segments.filter((s) => s.kind === 'body');
		return { raw, body, sentences: splitSentences(raw, body) };
	}

	it('there are five seed articles', () => {
		expect(ids).toHaveLength(5);
	});

	it.each(ids)('%s: every sentence is a trimmed, non-empty slice of the raw text inside its paragraph', (id) => {
		const { raw, body, sentences } = sentencesOf(id);
		expect(sentences.length).toBeGreaterThan(5);
		let previousEnd = -1;
		for (const s of sentences) {
			expect(raw.slice(s.start, s.end)).toBe(s.text);
			expect(s.text.length).toBeGreaterThan(0);
			expect(s.text).not.toMatch(/^\s|\s$/);
			const span = body[s.paragraph]!;
			expect(span.start <= s.start && s.end <= span.end).toBe(true);
			expect(s.start).toBeGreaterThanOrEqual(previousEnd);
			previousEnd = s.end;
		}
	});

	it('okezone: "Plt Kepala Biro Humas ... Noor Iza menjelaskan" is one sentence', () => {
		const { sentences } = sentencesOf('okezone-blackberry-ceo-meets-kominfo');
		const s = sentences.find((x) => x.text.startsWith('Terpisah, Plt Kepala Biro Humas'));
		expect(s?.text).toBe(
			'Terpisah, Plt Kepala Biro Humas Kementerian Kominfo Noor Iza menjelaskan, dalam pertemuan tersebut BlackBerry juga menjelaskan mengenai software keamanan miliknya sudah digunakan pada produk mobil tanpa sopir atau autonom.'
		);
	});

	it('kanal247: the quote closes with its speech tag "ujar Durov." and the next quote starts a sentence', () => {
		const { sentences } = sentencesOf('kanal247-durov-visits-kominfo');
		const texts = sentences.map((s) => s.text);
		const k = texts.findIndex((t) => t.endsWith('ujar Durov.'));
		expect(k).toBeGreaterThanOrEqual(0);
		expect(texts[k]).toMatch(/oleh Menteri di Indonesia," ujar Durov\.$/);
		expect(texts[k + 1]).toMatch(/^"Sehingga kita bisa segera mematikan channel mereka \(teroris\) dalam beberapa jam\.$/);
	});

	it('didikpurwanto: "Xiaomi Inc, vendor ponsel asal China" does not break at "Inc"', () => {
		const { sentences } = sentencesOf('didikpurwanto-taiwan-probes-xiaomi');
		expect(sentences.map((s) => s.text)).toContain(
			'Pemerintah Taiwan sedang menyelidiki apakah Xiaomi Inc, vendor ponsel asal China merupakan ancaman bagi keamanan cyber di wilayahnya.'
		);
		expect(sentences.map((s) => s.text)).toContain('Penyelidikan akan berlangsung tiga bulan.');
	});
});
