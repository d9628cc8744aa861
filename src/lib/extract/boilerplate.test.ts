/**
 * segmentArticle: which lines of a pasted news page are the story. Inputs are written the way
 * detik, okezone, Kompas, Warta Ekonomi, blogs and Reuters pages look when copied as text; the
 * expected body is what a reader takes as the story.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentArticle, type SegmentKind } from './boilerplate';

function segment(raw: string, meta: { title?: string } = {}) {
	const result = segmentArticle(raw, meta);
	const slice = (s: { start: number; end: number }) => raw.slice(s.start, s.end);
	const at = (needle: string) => {
		const from = raw.indexOf(needle);
		if (from < 0) throw new Error(`not in the article: ${needle}`);
		return { from, to: from + needle.length };
	};
	return {
		...result,
		/** Text of every body segment, in order. */
		body: result.segments.filter((s) => s.kind === 'body').map(slice),
		/** Kinds of the segments that overlap the first occurrence of `needle`. */
		kindsAt(needle: string): SegmentKind[] {
			const { from, to } = at(needle);
			return result.segments.filter((s) => s.start < to && from < s.end).map((s) => s.kind);
		},
		/** Texts of the segments of a kind. */
		textsOf(kind: SegmentKind): string[] {
			return result.segments.filter((s) => s.kind === kind).map(slice);
		}
	};
}

/** Every character that is not white space lies in exactly one segment, and segments are in order. */
function expectFullCover(raw: string, segments: { start: number; end: number }[]) {
	for (let k = 1; k < segments.length; k++) expect(segments[k]!.start).toBeGreaterThanOrEqual(segments[k - 1]!.end);
	const covered = new Uint8Array(raw.length);
	for (const s of segments) for (let i = s.start; i < s.end; i++) covered[i]!++;
	const missed: string[] = [];
	for (let i = 0; i < raw.length; i++) if (/\S/.test(raw[i]!) && covered[i] !== 1) missed.push(`${i}:${raw[i]}`);
	expect(missed.slice(0, 10)).toEqual([]);
}

const lines = (...parts: string[]) => parts.join('\n\n');

describe('a detik-style page', () => {
	const title = 'Kominfo Panggil Netflix Soal Konten Negatif';
	const raw = [
		'detikInet',
		'Berita',
		'Gadget',
		'Internet',
		'Telecommunication',
		'',
		title,
		'',
		'Sabtu, 05 Ags 2017 12:33 WIB',
		'',
		title,
		'',
		'Agus Tri Haryanto - detikInet',
		'Foto: Ilustrasi Netflix (Reuters)',
		'Jakarta - Kementerian Komunikasi dan Informatika (Kominfo) memanggil perwakilan Netflix ke kantornya pada Jumat (4/8/2017).',
		'',
		'Pertemuan itu membahas konten negatif yang beredar di layanan streaming tersebut.',
		'',
		'Baca juga: Telegram Diblokir, Durov Minta Maaf ke Menkominfo',
		'',
		'Menurut Rudiantara, Netflix diminta membuka kantor perwakilan di Indonesia dalam waktu dekat. (rns/rns)',
		'Load Komentar ...',
		'',
		'Redaksi: redaksi[at]detikinet.com',
		'Informasi pemasangan iklan',
		'Hubungi: sales[at]detik.com'
	].join('\n');

	const expectedBody = [
		'Kementerian Komunikasi dan Informatika (Kominfo) memanggil perwakilan Netflix ke kantornya pada Jumat (4/8/2017).',
		'Pertemuan itu membahas konten negatif yang beredar di layanan streaming tersebut.',
		'Menurut Rudiantara, Netflix diminta membuka kantor perwakilan di Indonesia dalam waktu dekat.'
	];

	it.each([
		['with the title in the metadata', { title }],
		['without metadata (the first headline-like line is the title)', {}]
	])('the body is the three story paragraphs, %s', (_name, meta) => {
		const s = segment(raw, meta);
		expect(s.body).toEqual(expectedBody);
		expectFullCover(raw, s.segments);
	});

	it('the first headline is the title and its repeat is boilerplate', () => {
		const s = segment(raw, { title });
		expect(s.textsOf('title')).toEqual([title]);
		const heads = s.segments.filter((g) => raw.slice(g.start, g.end) === title).map((g) => g.kind);
		expect(heads).toEqual(['title', 'boilerplate']);
	});

	it('the site menu, byline, caption, related link, initials, comments and footer are boilerplate', () => {
		const s = segment(raw, { title });
		for (const line of [
			'detikInet',
			'Berita',
			'Gadget',
			'Telecommunication',
			'Agus Tri Haryanto - detikInet',
			'Foto: Ilustrasi Netflix (Reuters)',
			'Baca juga: Telegram Diblokir, Durov Minta Maaf ke Menkominfo',
			'(rns/rns)',
			'Load Komentar ...',
			'Redaksi: redaksi[at]detikinet.com',
			'Informasi pemasangan iklan',
			'Hubungi: sales[at]detik.com'
		]) {
			expect(s.kindsAt(line.trim()), line).toEqual(['boilerplate']);
		}
	});

	it('the timestamp line is a dateline, and so is the "Jakarta - " prefix', () => {
		const s = segment(raw, { title });
		expect(s.kindsAt('Sabtu, 05 Ags 2017 12:33 WIB')).toEqual(['dateline']);
		expect(s.textsOf('dateline').map((t) => t.trim())).toEqual(['Sabtu, 05 Ags 2017 12:33 WIB', 'Jakarta -']);
		expect(s.datelinePlace).toBe('Jakarta');
	});
});

describe('datelines at the start of the first paragraph', () => {
	const story = 'Kementerian Komunikasi dan Informatika memblokir 11 situs judi online sepanjang pekan lalu.';
	const title = 'Kominfo Blokir 11 Situs Judi Online';

	it.each([
		['okezone', 'JAKARTA - '],
		['detik', 'Jakarta - '],
		['Kompas', 'Jakarta, KOMPAS.com - '],
		['Reuters', 'JAKARTA (Reuters) - '],
		['Kanal247 (the outlet only)', 'Kanal247.com - '],
		['an en dash', 'JAKARTA – ']
	])('%s: "%s" is a dateline and the body starts after it', (_name, prefix) => {
		const raw = lines(title, `${prefix}${story}`);
		const s = segment(raw, { title });
		expect(s.body).toEqual([story]);
		expect(s.textsOf('dateline').map((t) => t.trim())).toEqual([prefix.trim()]);
	});

	it.each([
		['JAKARTA - ', 'Jakarta'],
		['Jakarta - ', 'Jakarta'],
		['JAKARTA (Reuters) - ', 'Jakarta'],
		['BANDUNG - ', 'Bandung']
	])('"%s" names the place %s', (prefix, place) => {
		expect(segment(lines(title, `${prefix}${story}`), { title }).datelinePlace).toBe(place);
	});

	it('an outlet alone ("Kanal247.com - ") names no place', () => {
		expect(segment(lines(title, `Kanal247.com - ${story}`), { title }).datelinePlace).toBeNull();
	});

	// Regression (fixed): the old code returns null: it takes the second name of "Jakarta, KOMPAS.com", sees that it is an
	// outlet (".com") and drops the dateline place instead of falling back to "Jakarta".
	it('Kompas: "Jakarta, KOMPAS.com - " names the place Jakarta', () => {
		expect(segment(lines(title, `Jakarta, KOMPAS.com - ${story}`), { title }).datelinePlace).toBe('Jakarta');
	});

	it('Warta Ekonomi: "Warta Ekonomi, Jakarta -" on a line of its own is a dateline naming Jakarta', () => {
		const raw = lines(title, 'Warta Ekonomi, Jakarta -', story);
		const s = segment(raw, { title });
		expect(s.kindsAt('Warta Ekonomi, Jakarta -')).toEqual(['dateline']);
		expect(s.body).toEqual([story]);
		expect(s.datelinePlace).toBe('Jakarta');
	});

	it('a paragraph that merely contains a dash later on keeps all its words', () => {
		const text = 'Menurut Rudiantara, pertemuan dengan Telegram - yang berlangsung tertutup - berjalan lancar.';
		const s = segment(lines(title, text), { title });
		expect(s.body).toEqual([text]);
		expect(s.textsOf('dateline')).toEqual([]);
	});
});

describe('timestamp lines', () => {
	const story = 'Kominfo memanggil perwakilan Telegram ke kantornya di Jakarta pada Selasa.';
	it.each([
		'Sabtu, 05 Ags 2017 12:33 WIB',
		'Rabu, 09 Agustus 2017 - 14:21 WIB',
		"Jum'at, 04 Agustus 2017 | 10:15 WIB",
		'09/08/2017 14:21 WIB',
		'Diterbitkan 9 Agustus 2017'
	])('"%s" is a dateline, not body', (stamp) => {
		const raw = lines('Kominfo Panggil Telegram', stamp, story);
		const s = segment(raw, { title: 'Kominfo Panggil Telegram' });
		expect(s.kindsAt(stamp)).toEqual(['dateline']);
		expect(s.body).toEqual([story]);
	});

	// Regression (fixed): the old code reads "Kompas.com - " as a dateline prefix and makes the rest of the line,
	// "12/07/2019, 14:05 WIB", body: the line is not recognised as a timestamp because it starts
	// with the outlet.
	it('Kompas: "Kompas.com - 12/07/2019, 14:05 WIB" is not body', () => {
		const raw = lines('Kominfo Panggil Telegram', 'Kompas.com - 12/07/2019, 14:05 WIB', story);
		const s = segment(raw, { title: 'Kominfo Panggil Telegram' });
		expect(s.kindsAt('Kompas.com - 12/07/2019')).not.toContain('body');
		expect(s.body).toEqual([story]);
	});
});

describe('captions, bylines and credits', () => {
	const first = 'Raksasa telekomunikasi China, Huawei, telah menghubungi beberapa perusahaan teknologi Rusia.';
	const second = 'Huawei berencana untuk secara signifikan meningkatkan penjualannya di Rusia.';
	const title = 'Huawei Tetap Berpaling ke Rusia';

	it.each([
		'Foto: GettyImages Foto: GettyImages',
		'CEO BlackBerry Jhon Chen (Foto: Reuters)',
		'Huawei Tetap Berpaling ke Rusia, Tidak Mau Tergantung Lagi pada Teknologi AS Kredit Foto: Reuters/Chris Wattie',
		'Kredit Foto: Reuters/Chris Wattie',
		'Jurus Menkominfo PDKT dengan Facebook Cs Foto: detikINET/Agus Tri Haryanto',
		'Logo Huawei (Foto: Istimewa)',
		'Ilustrasi: Shutterstock',
		'Sumber: Reuters'
	])('caption or credit between paragraphs: "%s"', (caption) => {
		const raw = lines(title, first, caption, second);
		const s = segment(raw, { title });
		expect(s.kindsAt(caption)).toEqual(['boilerplate']);
		expect(s.body).toEqual([first, second]);
	});

	it.each([
		'Agus Tri Haryanto - detikInet',
		'By Jane Doe',
		'Oleh: Fauzan Jamaludin',
		'Reporter: Agus Tri Haryanto',
		'Copywriter | Ghost Writer | ex Business Journalist | Farmer'
	])('byline under the title: "%s"', (byline) => {
		const raw = lines(title, byline, first, second);
		const s = segment(raw, { title });
		expect(s.kindsAt(byline)).toEqual(['boilerplate']);
		expect(s.body).toEqual([first, second]);
	});

	// Regression (fixed): the old code makes this Kompas byline body: the byline pattern is case-sensitive and lists
	// "penulis" in lower case, and the line is too long to pass as a short rubric line.
	// Same old cause: "By" is capitalised, and at six words the line is not short enough to pass as a
	// rubric, so the code makes it body.
	it('a two-author English byline "By ... and ..." under the title is not body', () => {
		const byline = 'By Stanley Widianto and Fanny Potkin';
		const s = segment(lines(title, byline, first, second), { title });
		expect(s.kindsAt(byline)).toEqual(['boilerplate']);
		expect(s.body).toEqual([first, second]);
	});

	it('Kompas byline "Penulis ... | Editor ..." under the title is not body', () => {
		const byline = 'Penulis Wahyunanda Kusuma Pertiwi | Editor Reza Wahyudi';
		const s = segment(lines(title, byline, first, second), { title });
		expect(s.kindsAt(byline)).toEqual(['boilerplate']);
		expect(s.body).toEqual([first, second]);
	});

	it.each(['Editor: Kumairoh', 'By Didik Purwanto', 'Editor: Reza Wahyudi'])('byline after the story: "%s"', (byline) => {
		const raw = lines(title, first, second, byline);
		const s = segment(raw, { title });
		expect(s.kindsAt(byline)).toEqual(['boilerplate']);
		expect(s.body).toEqual([first, second]);
	});
});

describe('links to other stories', () => {
	const first = 'Dalam pertemuan tersebut, Chen mengaku tidak ada pembicaraan khusus dengan Menkominfo.';
	const second = 'Chen pun meminta saran kepada Menkominfo terkait bisnis yang sedang dijalannya.';
	const title = 'CEO BlackBerry Temui Menkominfo';

	it.each([
		'Baca juga: Nokia Belum Jelas, Blackberry Siapkan Smartphone Ber-Keyboard QWERTY Lagi?',
		'Baca Juga: Meski Trump Cabut Larangan, Departemen Dagang AS Masih Waspada dengan Huawei',
		'BACA JUGA: Kominfo Blokir Telegram, Durov Minta Maaf',
		'Baca Juga : Masuk ke Indonesia, Huawei Cloud Lakukan Ini',
		'Lihat juga: Telegram Kembali Bisa Diakses di Indonesia',
		'Simak Video: Durov Datangi Kantor Kominfo',
		'Read also: Indonesia lifts Telegram block after talks with Durov.',
		'Pilihan Editor: Bos Grab Temui Jokowi di Istana',
		"Editor's pick: Grab boss meets Jokowi at the palace"
	])('"%s" is boilerplate', (related) => {
		const raw = lines(title, first, related, second);
		const s = segment(raw, { title });
		expect(s.kindsAt(related)).toEqual(['boilerplate']);
		expect(s.body).toEqual([first, second]);
	});

	it('a bare "Baca Juga" header takes the headlines under it, and the story resumes after', () => {
		const raw = lines(
			title,
			first,
			'Baca Juga',
			'Kominfo Minta Netflix Buka Kantor di Indonesia',
			'<i>Waduh</i>! Pasar PC Lesu, Lenovo Merugi Rp962 Miliar',
			second
		);
		const s = segment(raw, { title });
		for (const line of ['Baca Juga', 'Kominfo Minta Netflix Buka Kantor di Indonesia', '<i>Waduh</i>! Pasar PC Lesu, Lenovo Merugi Rp962 Miliar']) {
			expect(s.kindsAt(line), line).toEqual(['boilerplate']);
		}
		expect(s.body).toEqual([first, second]);
	});

	it('so does a bare "ARTIKEL SELANJUTNYA" header', () => {
		const raw = lines(title, first, second, 'ARTIKEL SELANJUTNYA', 'Elon Musk Kunjungi Bali, Resmikan Starlink');
		const s = segment(raw, { title });
		expect(s.kindsAt('Elon Musk Kunjungi Bali, Resmikan Starlink')).toEqual(['boilerplate']);
		expect(s.body).toEqual([first, second]);
	});

	// Regression (fixed): the old code makes the question headline body: a line of five words or more ending in "?"
	// counts as prose, which ends the list under the header.
	it('a headline ending in "?" under a bare "Baca Juga" header is a link too', () => {
		const raw = lines(title, first, second, 'Baca Juga', 'Inikah Tanda-Tanda Kematian BlackBerry Priv?', 'Nokia Belum Jelas, Blackberry Siapkan Smartphone Ber-Keyboard QWERTY Lagi?');
		const s = segment(raw, { title });
		expect(s.kindsAt('Inikah Tanda-Tanda Kematian BlackBerry Priv?')).toEqual(['boilerplate']);
		expect(s.kindsAt('Nokia Belum Jelas')).toEqual(['boilerplate']);
		expect(s.body).toEqual([first, second]);
	});
});

describe('the end of the page', () => {
	const first = 'Pihak Kemenkominfo sendiri sangat mengapresiasi kedatangan Durov ke Jakarta.';
	const last = '"Ini pertama kali saya ke Jakarta," kata Durov kepada wartawan.';
	const title = 'Durov Datangi Kantor Kemenkominfo';

	it.each([
		'(kem)',
		'(rns/rns)',
		'Komentar Anda',
		'Tinggalkan Balasan',
		'Load Komentar ...',
		'Rekomendasi Artikel',
		'Redaksi: redaksi[at]detikinet.com',
		'Hubungi: sales[at]detik.com',
		'Email: redaksi@kanal247.com',
		'Yuk Follow Kami di Google News',
		'Mau Berita Terbaru Lainnya dari Warta Ekonomi? Yuk Follow Kami di Google News dengan Klik Simbol Bintang.',
		'Bagikan Artikel:',
		'Informasi pemasangan iklan',
		'News Feed',
		'Copyright © 2017 Kanal247. All rights reserved.',
		'Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *'
	])('"%s" is boilerplate', (line) => {
		const raw = lines(title, first, last, line);
		const s = segment(raw, { title });
		expect(s.kindsAt(line)).toEqual(['boilerplate']);
		expect(s.body).toEqual([first, last]);
	});

	it('editor initials glued to the last paragraph are cut off it', () => {
		const raw = lines(title, first, `${last} (rns/rns)`);
		const s = segment(raw, { title });
		expect(s.body).toEqual([first, last]);
		expect(s.kindsAt('(rns/rns)')).toEqual(['boilerplate']);
	});

	it('everything under a comment box or recommendation list is page furniture', () => {
		const raw = lines(
			title,
			first,
			last,
			'Rekomendasi Artikel',
			'Kominfo Blokir 11 Situs Judi Online',
			'Telegram kembali bisa diakses di Indonesia setelah Kominfo mencabut blokir.',
			'Komentar Anda',
			'Tulis komentar Anda di sini.'
		);
		const s = segment(raw, { title });
		expect(s.body).toEqual([first, last]);
		expect(s.kindsAt('Telegram kembali bisa diakses')).toEqual(['boilerplate']);
	});
});

describe('an image file name glued to the first word', () => {
	it('"beli-xiaomiPemerintah Taiwan ...": the slug is boilerplate and the body starts at "Pemerintah"', () => {
		const raw = lines(
			'beli',
			'beli-xiaomiPemerintah Taiwan sedang menyelidiki apakah Xiaomi Inc merupakan ancaman bagi keamanan cyber. Penyelidikan akan berlangsung tiga bulan.',
			'Juru bicara Xiaomi menolak berkomentar.'
		);
		const s = segment(raw);
		expect(s.body).toEqual([
			'Pemerintah Taiwan sedang menyelidiki apakah Xiaomi Inc merupakan ancaman bagi keamanan cyber. Penyelidikan akan berlangsung tiga bulan.',
			'Juru bicara Xiaomi menolak berkomentar.'
		]);
		expect(s.kindsAt('beli-xiaomi')).toEqual(['boilerplate']);
		expect(s.kindsAt('beli\n')).toEqual(['boilerplate']);
		expectFullCover(raw, s.segments);
	});

	it('a paragraph opening with a hyphenated word ("e-KTP") is not cut', () => {
		const text = 'e-KTP kini wajib dipakai untuk registrasi ulang kartu SIM prabayar, kata Kominfo.';
		const s = segment(lines('Registrasi Kartu SIM', text), { title: 'Registrasi Kartu SIM' });
		expect(s.body).toEqual([text]);
	});
});

describe('an English Reuters-style article', () => {
	const title = 'Indonesia blocks Telegram messaging service over security concerns';
	const p1 =
		"Indonesia's communications ministry said on Friday it had blocked access to some web services of the Telegram messaging app because it was being used to spread radical content.";
	const p2 = '"Telegram has many features that are being used to spread propaganda," the ministry said in a statement.';
	const p3 = 'Telegram did not immediately respond to a request for comment.';
	const raw = lines(
		'Technology News',
		title,
		'By Ed Davies',
		'3 Min Read',
		`JAKARTA (Reuters) - ${p1}`,
		p2,
		'Read more: Vietnam threatens to shut down Facebook',
		p3
	);

	it('the body is the three paragraphs; the rest is not', () => {
		const s = segment(raw);
		expect(s.body).toEqual([p1, p2, p3]);
		expect(s.textsOf('title')).toEqual([title]);
		for (const line of ['Technology News', 'By Ed Davies', '3 Min Read', 'Read more: Vietnam']) {
			expect(s.kindsAt(line), line).not.toContain('body');
		}
		expect(s.textsOf('dateline').map((t) => t.trim())).toEqual(['JAKARTA (Reuters) -']);
		expect(s.datelinePlace).toBe('Jakarta');
		expectFullCover(raw, s.segments);
	});

	// Regression (fixed): the old code makes this line body: the byline pattern is case-sensitive and lists "reporting by"
	// in lower case, so a capitalised "Reporting by" line of eight words is read as story text.
	it('the credit line "Reporting by ...; Editing by ..." after the story is not body', () => {
		const credit = 'Reporting by Stanley Widianto; Editing by Ed Davies';
		const s = segment(lines(title, `JAKARTA (Reuters) - ${p1}`, p2, p3, credit), { title });
		expect(s.kindsAt(credit)).toEqual(['boilerplate']);
		expect(s.body).toEqual([p1, p2, p3]);
	});

	// Regression (fixed): the old code makes the caption body: it does not start with "Foto:/Photo:" ("FILE PHOTO:"), does
	// not end in a stop, and lines after the first paragraph are body unless shorter than six words.
	it('a "FILE PHOTO:" caption between paragraphs is not body', () => {
		const caption = 'FILE PHOTO: A Telegram logo is seen in this illustration taken June 13, 2017. REUTERS/Dado Ruvic/Illustration';
		const s = segment(lines(title, `JAKARTA (Reuters) - ${p1}`, caption, p2), { title });
		expect(s.kindsAt('FILE PHOTO')).not.toContain('body');
		expect(s.body).toEqual([p1, p2]);
	});

	// Regression (fixed): the old code makes this line body: month-first English dates are not a timestamp it knows.
	it('an English timestamp line ("July 14, 2017 / 8:22 PM / Updated 6 years ago") is not body', () => {
		const stamp = 'July 14, 2017 / 8:22 PM / Updated 6 years ago';
		const s = segment(lines(title, stamp, `JAKARTA (Reuters) - ${p1}`, p2), { title });
		expect(s.kindsAt(stamp)).not.toContain('body');
		expect(s.body).toEqual([p1, p2]);
	});

	// Regression (fixed): the old code makes the Reuters trust footer body: it is a sentence of five words ending in a stop.
	it('the footer "Our Standards: The Thomson Reuters Trust Principles." is not body', () => {
		const footer = 'Our Standards: The Thomson Reuters Trust Principles.';
		const s = segment(lines(title, `JAKARTA (Reuters) - ${p1}`, p2, 'Reporting by Stanley Widianto; Editing by Ed Davies', footer), { title });
		expect(s.kindsAt(footer)).not.toContain('body');
		expect(s.body).toEqual([p1, p2]);
	});
});

describe('the byline, caption, stamp and related-link rules do not take story text', () => {
	const title = 'Indonesia blocks Telegram messaging service over security concerns';
	const p1 = 'Telegram did not immediately respond to a request for comment.';

	it.each([
		'By Tuesday, the ministry had blocked eleven more web addresses used by the app.',
		'Oleh karena itu, Kominfo meminta Telegram membuka kantor perwakilan di Indonesia.',
		'Editor di media itu, kata dia, tidak pernah dihubungi Kominfo.',
		'Reuters/Ipsos polling showed most Indonesians backed the block, the survey said.',
		'July was the month the ministry first warned Telegram about the channels.',
		'Hal itu disampaikan juru bicara kementerian kepada AFP/Xinhua.'
	])('"%s" stays body', (line) => {
		const s = segment(lines(title, p1, line), { title });
		expect(s.body).toEqual([p1, line]);
	});

	it.each([
		'Reporting by Stanley Widianto in Jakarta; Additional reporting by Fanny Potkin; Editing by Ed Davies',
		'Penulis: Wahyunanda Kusuma Pertiwi | Editor: Reza Wahyudi',
		'oleh Fauzan Jamaludin dan Agus Tri Haryanto'
	])('credit line "%s" is boilerplate', (line) => {
		const s = segment(lines(title, p1, line), { title });
		expect(s.kindsAt(line)).toEqual(['boilerplate']);
		expect(s.body).toEqual([p1]);
	});

	it.each(['Petugas memeriksa ponsel di Jakarta. ANTARA FOTO/Hafidz Mubarak A/foc.', 'A Huawei logo in Beijing. REUTERS/Jason Lee'])('wire photo caption "%s" is boilerplate', (caption) => {
		const s = segment(lines(title, p1, caption, p1.replace('comment', 'an interview')), { title });
		expect(s.kindsAt(caption)).toEqual(['boilerplate']);
	});

	it.each(['Fri Jul 14, 2017 | 8:22pm EDT', 'Jul 14, 2017', 'Detik.com - Sabtu, 05 Ags 2017 12:33 WIB'])('stamp "%s" is a dateline', (stamp) => {
		const s = segment(lines(title, stamp, p1), { title });
		expect(s.kindsAt(stamp)).toEqual(['dateline']);
		expect(s.body).toEqual([p1]);
	});

	it('a story sentence ending in "?" after the headlines under "Baca Juga" ends the list', () => {
		const question = 'Lalu, apa yang akan dilakukan Kominfo jika Telegram tetap tidak mau membuka kantor di sini?';
		const s = segment(lines(title, p1, 'Baca Juga', 'Inikah Tanda-Tanda Kematian BlackBerry Priv?', question), { title });
		expect(s.body).toEqual([p1, question]);
	});

	it('"Warta Ekonomi, Jakarta - " inline: the place is the second name', () => {
		expect(segment(lines(title, `Warta Ekonomi, Jakarta - ${p1}`), { title }).datelinePlace).toBe('Jakarta');
	});
});

describe('seed articles', () => {
	function seed(id: string) {
		const raw = readFileSync(`data/articles/${id}.txt`, 'utf8');
		const meta = JSON.parse(readFileSync(`data/articles/${id}.meta.json`, 'utf8')) as { title?: string };
		const fileLines = raw.split('\n');
		/** Line n (1-based, as an editor shows it), trimmed. */
		const line = (n: number) => fileLines[n - 1]!.trim();
		return { raw, line, s: segment(raw, meta) };
	}

	describe('okezone-blackberry-ceo-meets-kominfo', () => {
		const { raw, line, s } = seed('okezone-blackberry-ceo-meets-kominfo');

		it('the body is the seven story paragraphs, the first after its "JAKARTA - " dateline', () => {
			expect(s.body).toEqual([
				'Setelah Bos Telegram dan perwakilan Google, Menteri Komunikasi dan Informasi Rudiantara hari ini mendapat kunjungan dari CEO BlackBerry John Chen. Kedua petinggi tersebut kemudian melakukan pertemuan tertutup.',
				line(9),
				line(13),
				line(15),
				line(19),
				line(21),
				line(23)
			]);
			expect(s.datelinePlace).toBe('Jakarta');
			expectFullCover(raw, s.segments);
		});

		it('the "Baca juga" links, the photo caption, "(kem)" and the trailing headlines are not body', () => {
			for (const text of [
				'Baca juga: Nokia Belum Jelas, Blackberry Siapkan Smartphone Ber-Keyboard QWERTY Lagi?',
				'Baca juga: Inikah Tanda-Tanda Kematian BlackBerry Priv?',
				'CEO BlackBerry Jhon Chen (Foto: Reuters)',
				'(kem)',
				'<i>Waduh</i>! Pasar PC Lesu, Lenovo Merugi Rp962 Miliar',
				'\nWaduh! Pasar PC Lesu, Lenovo Merugi Rp962 Miliar'
			]) {
				expect(s.kindsAt(text), text).toEqual(['boilerplate']);
			}
			expect(line(27)).toBe('Baca Juga');
			expect(s.kindsAt('\nBaca Juga\n')).toEqual(['boilerplate']);
		});

		it('the headline is the title once; its repeat is boilerplate', () => {
			expect(s.textsOf('title')).toEqual(['CEO BlackBerry Temui Menkominfo, Apa yang Dibicarakan?']);
			const second = raw.indexOf(line(1), 1);
			expect(s.segments.find((g) => g.start === second)?.kind).toBe('boilerplate');
		});
	});

	describe('wartaekonomi-huawei-turns-to-russia', () => {
		const { raw, line, s } = seed('wartaekonomi-huawei-turns-to-russia');

		it('the body is the eleven story paragraphs', () => {
			expect(s.body).toEqual([18, 20, 22, 26, 28, 30, 32, 36, 38, 40, 42].map(line));
			expectFullCover(raw, s.segments);
		});

		it('the site menu lines are boilerplate', () => {
			for (let n = 1; n <= 11; n++) expect(s.kindsAt(`${line(n)}\n`), line(n)).toEqual(['boilerplate']);
		});

		it('the "Baca Juga" links, caption, promotion, editor and share box are not body', () => {
			for (const text of [
				'Baca Juga: Masuk ke Indonesia, Huawei Cloud Lakukan Ini',
				'Baca Juga: Meski Trump Cabut Larangan, Departemen Dagang AS Masih Waspada dengan Huawei',
				'Baca Juga: Kurun Waktu 10 Tahun, Donald Trump Kehilangan Harta Rp14 Triliun, Bisnisnya pun Menurun',
				'Kredit Foto: Reuters/Chris Wattie',
				'Yuk Follow Kami di Google News',
				'Editor: Kumairoh',
				'Bagikan Artikel:'
			]) {
				expect(s.kindsAt(text), text).toEqual(['boilerplate']);
			}
		});

		it('"Warta Ekonomi, Jakarta -" is the dateline and names Jakarta', () => {
			expect(s.kindsAt('Warta Ekonomi, Jakarta -')).toEqual(['dateline']);
			expect(s.datelinePlace).toBe('Jakarta');
			expect(s.textsOf('title')).toEqual([line(13)]);
		});
	});

	describe('detikinet-kominfo-ott-summons', () => {
		const { raw, line, s } = seed('detikinet-kominfo-ott-summons');

		it('the body is the ten story paragraphs without the dateline and the "(rns/rns)" initials', () => {
			expect(s.body).toEqual([
				line(9).replace(/^Jakarta - /, ''),
				line(11),
				line(13),
				line(18),
				line(20),
				line(25),
				line(27),
				line(29),
				line(31),
				line(33).replace(/ \(rns\/rns\)$/, '')
			]);
			expect(s.body[0]!.startsWith('Dalam sepekan ini, Kementerian')).toBe(true);
			expect(s.body[9]!.endsWith('bisa diwakilin operator yang ada di sini," tutupnya.')).toBe(true);
			expectFullCover(raw, s.segments);
		});

		it('comments and footer are boilerplate', () => {
			for (const text of ['(rns/rns)', 'Load Komentar ...', 'Redaksi: redaksi[at]detikinet.com', 'Informasi pemasangan iklan', 'Hubungi: sales[at]detik.com', 'News Feed']) {
				expect(s.kindsAt(text), text).toEqual(['boilerplate']);
			}
		});

		it('the rubric, byline and both photo captions are boilerplate', () => {
			for (const text of ['Wawancara Khusus', 'Agus Tri Haryanto - detikInet', 'Foto: GettyImages Foto: GettyImages', 'Jurus Menkominfo PDKT dengan Facebook Cs Foto: detikINET/Agus Tri Haryanto']) {
				expect(s.kindsAt(text), text).toEqual(['boilerplate']);
			}
		});

		it('the timestamp and "Jakarta - " are datelines; the headline is the title', () => {
			expect(s.kindsAt('Sabtu, 05 Ags 2017 12:33 WIB')).toEqual(['dateline']);
			expect(s.textsOf('dateline').map((t) => t.trim())).toEqual(['Sabtu, 05 Ags 2017 12:33 WIB', 'Jakarta -']);
			expect(s.datelinePlace).toBe('Jakarta');
			expect(s.textsOf('title')).toEqual(['Jurus Menkominfo PDKT dengan Facebook Cs']);
		});
	});

	describe('didikpurwanto-taiwan-probes-xiaomi', () => {
		const { raw, line, s } = seed('didikpurwanto-taiwan-probes-xiaomi');

		it('the body is the eleven story paragraphs, the first without the image slug', () => {
			expect(s.body).toEqual([line(3).replace(/^beli-xiaomi/, ''), ...[5, 7, 9, 11, 13, 15, 17, 19, 21, 23].map(line)]);
			expect(s.body[0]!.startsWith('Pemerintah Taiwan sedang menyelidiki')).toBe(true);
			expectFullCover(raw, s.segments);
		});

		it('the slug, source, byline, author blurb and comment box are boilerplate', () => {
			for (const text of [
				'beli\n',
				'beli-xiaomi',
				'Sumber: Reuters',
				'By Didik Purwanto',
				'Copywriter | Ghost Writer | ex Business Journalist | Farmer',
				'Tinggalkan Balasan',
				'Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *'
			]) {
				expect(s.kindsAt(text), text).toEqual(['boilerplate']);
			}
		});
	});

	describe('kanal247-durov-visits-kominfo', () => {
		const { raw, line, s } = seed('kanal247-durov-visits-kominfo');

		it('the story paragraphs are body, the first after "Kanal247.com - "', () => {
			// Line 7 is the outlet's summary under the headline; either reading of it is fine here.
			const body = s.body.filter((t) => !t.startsWith('Kedatangan CEO Pavel Durov tampaknya'));
			expect(body).toEqual([line(9).replace(/^Kanal247\.com - /, ''), ...[11, 13, 15, 17, 19, 21, 23, 25].map(line)]);
			expect(s.kindsAt('Kanal247.com - ')).toEqual(['dateline']);
			expect(s.datelinePlace).toBeNull();
			expectFullCover(raw, s.segments);
		});

		it('the headline, its photo caption, the comment box and recommendations are not body', () => {
			expect(s.textsOf('title')).toEqual([line(1)]);
			for (const text of [`Foto: ${line(1)}`, 'Komentar Anda', 'Rekomendasi Artikel']) {
				expect(s.kindsAt(text), text).toEqual(['boilerplate']);
			}
		});
	});
});
