/**
 * Splits a raw article into lines and labels each one: the article body, its title, a dateline,
 * or boilerplate (site menus, "Baca juga" links to other stories, photo credits, bylines, comment
 * boxes, recommendation lists, contact footers). Only body text may yield events.
 *
 * The rules look at the shape of a line (length, punctuation, position) and at the stock phrases
 * news sites use, never at one site's exact strings, so they carry over to articles not seen yet.
 */
import { countWords } from './chars';

export type SegmentKind = 'body' | 'title' | 'dateline' | 'boilerplate';

export interface Segment {
	start: number;
	end: number;
	kind: SegmentKind;
	/** Why a line is not body text, in a few words (shown in the article reader). */
	reason?: string;
}

export interface SegmentedArticle {
	segments: Segment[];
	/** A place named in a dateline ("JAKARTA - ...", "Warta Ekonomi, Jakarta -"). */
	datelinePlace: string | null;
}

interface Line {
	start: number;
	end: number;
	text: string;
	words: number;
}

/** "Baca juga:" and friends: the rest of the line (and lines under a bare header) are other stories. */
const RELATED =
	/^(?:baca(?:\s+(?:juga|pula|selengkapnya|lainnya))?|lihat\s+juga|simak\s+(?:juga|video)|tonton\s+juga|artikel\s+terkait|berita\s+terkait|berita\s+lainnya|topik\s+terkait|pilihan\s+editor|artikel\s+(?:selanjutnya|berikutnya|sebelumnya)|berita\s+(?:selanjutnya|berikutnya)|baca\s+berita\s+lainnya|editor'?s\s+(?:picks?|choice)|read\s+(?:also|more|next)|see\s+also|related(?:\s+(?:articles?|stories|news|posts?))?|more\s+on\s+this)\b\s*[:：»>-]?/i;

/** Lines that open the end matter of a page: everything after them is page furniture. */
const END_MATTER =
	/^(?:load\s+komentar|komentar(?:\s+anda)?|tinggalkan\s+(?:balasan|komentar)|tulis\s+komentar|berikan\s+komentar|leave\s+a\s+(?:reply|comment)|comments?|\d+\s+comments?|rekomendasi(?:\s+(?:artikel|untuk\s+anda|berita))?|artikel\s+rekomendasi|terpopuler|paling\s+(?:populer|banyak\s+dibaca)|most\s+(?:read|popular)|bagikan(?:\s+artikel)?|share(?:\s+this)?(?:\s+(?:article|story))?|tags?|topik|news\s*feed|recommended(?:\s+for\s+you)?)\s*[:：]?\s*(?:\.{3}|…)?$/i;

/**
 * Single lines that are page furniture wherever they stand. Patterns that can match anywhere in
 * a line carry a `needs` test, a word or character every match contains, checked first: most
 * lines are story text, and scanning each of them with every pattern was a tenth of the ingest.
 */
const FURNITURE: { re: RegExp; needs?: (lower: string) => boolean }[] = [
	{ re: /^(?:(?:file\s+)?(?:foto|photo)|kredit\s+foto|credit|ilustrasi|illustration|image|gambar|sumber\s+foto|video)\s*[:：|]/i },
	{ re: /\((?:foto|photo|ilustrasi|image)\s*[:：][^)]*\)\s*$/i, needs: (l) => l.includes(')') },
	{ re: /\b(?:kredit\s+)?foto\s*[:：]\s*[\p{L}\s./&-]{2,60}$/iu, needs: (l) => l.includes('foto') },
	// A wire photo credit closing a caption: "... REUTERS/Dado Ruvic/Illustration", "ANTARA
	// FOTO/Name/foc." (a sentence citing "AFP/Xinhua." ends in a stop and is not one).
	{
		re: /\b(?:REUTERS|AFP|AP|EPA(?:-EFE)?|ANTARA(?:\s+FOTO)?|GETTY\s+IMAGES|XINHUA|BLOOMBERG)\s*\/\s*\p{Lu}(?:[\p{L}.' -]*\p{L})?(?:\/\s*\p{L}(?:[\p{L}.' -]*\p{L})?)*(?:\/[a-z]{2,5}\.?)?$/u,
		needs: (l) => l.includes('/')
	},
	{ re: /^(?:oleh|by|penulis|reporter|editor|editing|redaktur|penyunting|pewarta|kontributor|writer|written\s+by|reporting\s+by|edited\s+by)\s*[:：]?\s+[\p{Lu}]/u },
	{ re: /^(?:sumber|source)\s*[:：]/i },
	{ re: /^\(\s*[a-z]{2,5}(?:\s*\/\s*[a-z]{2,5})*\s*\)$/ }, // editor initials "(kem)", "(rns/rns)"
	{ re: /\[at\]|\b[\w.+-]+@[\w-]+\.[\w.]+\b/, needs: (l) => l.includes('@') || l.includes('[at]') }, // contact addresses
	{
		re: /^(?:redaksi|hubungi|kontak|contact(?:\s+us)?|alamat|telp|telepon|phone|fax|email|e-mail|informasi\s+pemasangan\s+iklan|pedoman\s+media\s+siber|kebijakan\s+privasi|privacy\s+policy|syarat\s+(?:dan|&)\s+ketentuan|terms\s+of\s+(?:use|service)|about\s+us|tentang\s+kami|disclaimer|karir|careers)\b/i
	},
	{
		re: /\b(?:ikuti|follow)\s+(?:kami|us)\b|\bgoogle\s+news\b|\bklik\s+(?:di\s*sini|link|simbol|tautan)\b|\bsubscribe\b|\blangganan\b|\bdownload\s+(?:aplikasi|app)\b|\bunduh\s+aplikasi\b/i,
		needs: (l) => /ikuti|follow|google|klik|subscribe|langganan|download|unduh/.test(l)
	},
	{ re: /^(?:advertisement|iklan|scroll\s+to\s+continue|scroll\s+untuk\s+melanjutkan|lanjutkan\s+membaca|continue\s+reading)\b/i },
	{ re: /^(?:copyright|hak\s+cipta|©)/i },
	{ re: /^(?:our\s+standards|standar\s+kami)\s*[:：]|\btrust\s+principles\b/i, needs: (l) => l.includes('standar') || l.includes('trust') },
	{
		re: /alamat\s+email\s+anda\s+tidak\s+akan\s+dipublikasikan|your\s+email\s+address\s+will\s+not\s+be\s+published|ruas\s+yang\s+wajib\s+ditandai|required\s+fields\s+are\s+marked/i,
		needs: (l) => l.includes('email') || l.includes('wajib') || l.includes('required')
	}
];

/**
 * Credit lines naming who wrote or edited the story, in any case: "By Jane Doe and John Roe",
 * "Penulis Nama | Editor Nama", "Reporting by Nama in Jakarta; Editing by Nama". Each part is a
 * role word and then only names, so "Oleh karena itu ..." or "By Tuesday, the ministry ..." are not.
 */
const BYLINE_ROLE =
	/^(?:(?:additional\s+)?reporting\s+by|written\s+by|edited\s+by|editing\s+by|compiled\s+by|writing\s+by|laporan\s+oleh|ditulis\s+oleh|oleh|by|penulis|reporter|editor|editing|redaktur|penyunting|pewarta|kontributor|writer|fotografer|photographer)(?:\s*[:：]\s*|\s+)/i;
const NAME_WORDS = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|bin|binti|van|von|de|der|del|da|di|al|el))*";
const NAME = `${NAME_WORDS}(?:\\s+(?:in|di|from|dari)\\s+${NAME_WORDS})?`;
const BYLINE_NAMES = new RegExp(`^${NAME}(?:\\s*(?:,|&|\\band\\b|\\bdan\\b)\\s*${NAME})*\\.?$`, 'u');

function isByline(text: string): boolean {
	// The first part opens the line: a line that does not open with a role word is no byline.
	if (!BYLINE_ROLE.test(text)) return false;
	for (const part of text.split(/\s*[;|•·]\s*/)) {
		const role = BYLINE_ROLE.exec(part);
		if (!role || !BYLINE_NAMES.test(part.slice(role[0].length))) return false;
	}
	return true;
}

/** "Name - Outlet" and "Role | Role | Role" bylines. */
const BYLINE_OUTLET = /^[\p{Lu}][\p{L}.' ]{2,40}\s[-–|]\s[\p{L}\d.]{3,30}$/u;
const PIPE_LIST = /^[^|]{1,40}(?:\|[^|]{1,40}){2,}$/;

/** A timestamp line: weekday or date plus a clock time or zone. */
const TIMESTAMP =
	/^(?:(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?\d{1,2}[\s/.-]+(?:\d{1,2}|[a-z]{3,9}\.?)[\s/.-]+\d{2,4}(?:[\s,|-]+\d{1,2}[:.]\d{2}(?:\s*(?:wib|wita|wit|gmt|utc|am|pm))?)?\s*$/i;
const PUBLISHED_LINE = /^(?:diterbitkan|dipublikasikan|published|updated|diperbarui|posted|terbit)\b.{0,60}$/i;
/**
 * Month-first English stamps, with a clock time and an "Updated ..." note after slashes or bars:
 * "July 14, 2017 / 8:22 PM / Updated 6 years ago", "Fri Jul 14, 2017 | 8:22pm EDT".
 */
const MONTH_FIRST_STAMP =
	/^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}(?:\s*[/|·•,-]?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{2,5})?)?(?:\s*[/|·•-]\s*(?:updated|published|posted|diperbarui)\b.{0,40})?\s*$/i;
/** An outlet before the stamp: "Kompas.com - 12/07/2019, 14:05 WIB". */
const OUTLET_BEFORE_STAMP = /^[\p{L}\d]+(?:\.[\p{L}\d]+)*\.(?:com|co\.id|co|id|net|org|news|tv)\s*[-–—|,]\s*/iu;

function isTimestamp(text: string): boolean {
	const stamp = text.replace(OUTLET_BEFORE_STAMP, '');
	return TIMESTAMP.test(stamp) || PUBLISHED_LINE.test(stamp) || MONTH_FIRST_STAMP.test(stamp);
}

/** "JAKARTA - ", "Jakarta, KOMPAS.com - ", "Kanal247.com - ", "Warta Ekonomi, Jakarta -". */
const DATELINE_PREFIX =
	/^(?:([\p{Lu}][\p{L}.\d]*(?:\s[\p{Lu}][\p{L}.]*){0,3})(?:\s*,\s*([\p{Lu}][\p{L}.\d]*(?:\s[\p{Lu}][\p{L}.]*){0,3}))?(?:\s*\([^)]{1,30}\))?)\s+[-–—]\s*/u;

/** "beli-xiaomiPemerintah": an image file name glued to the first word of a paragraph. */
const GLUED_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)+(?=\p{Lu})/u;

const TRAILING_INITIALS = /\s+\(\s*[a-z]{2,5}(?:\s*\/\s*[a-z]{2,5})*\s*\)$/;

const SENTENCE_END = /[.!?…]["”’')\]]*$/;

function splitLines(raw: string): Line[] {
	const lines: Line[] = [];
	const re = /[^\r\n]+/g;
	for (let m = re.exec(raw); m; m = re.exec(raw)) {
		const lead = m[0].length - m[0].trimStart().length;
		const text = m[0].trim();
		if (!text) continue;
		const start = m.index + lead;
		lines.push({ start, end: start + text.length, text, words: countWords(text) });
	}
	return lines;
}

/** A sentence of five words or more ending in a stop, or any long line: story text. */
function isProse(line: Line): boolean {
	return (line.words >= 5 && SENTENCE_END.test(line.text)) || line.words >= 20;
}

/**
 * A headline: short, and nearly every word capitalised ("Inikah Tanda-Tanda Kematian BlackBerry
 * Priv?"), which story sentences never are, even when they end in a stop or a question mark.
 */
function isHeadline(line: Line): boolean {
	if (line.words > 20) return false;
	const words = line.text.replace(/<[^>]+>/g, '').match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
	if (words.length < 2) return false;
	const capitalised = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
	return capitalised / words.length >= 0.75;
}

function isFurniture(text: string, words: number): string | null {
	// Credits, bylines and footers are short; a long paragraph is never one.
	if (words > 40) return null;
	const lower = text.toLowerCase();
	if (FURNITURE.some(({ re, needs }) => (!needs || needs(lower)) && re.test(text))) return 'page furniture (credit, byline, contact or promotion)';
	if (isByline(text) || BYLINE_OUTLET.test(text) || PIPE_LIST.test(text)) return 'byline';
	if (isTimestamp(text)) return 'timestamp';
	return null;
}

/** Keys that make a repeated headline, a caption quoting it and the title compare equal. */
function normalise(text: string): string {
	return text
		.toLowerCase()
		.replace(/<[^>]+>/g, '')
		.replace(/^(?:foto|photo)\s*[:：]\s*/, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

export function segmentArticle(raw: string, meta: { title?: string } = {}): SegmentedArticle {
	const lines = splitLines(raw);
	const segments: Segment[] = [];
	const seen = new Set<string>();
	const titleKey = meta.title ? normalise(meta.title) : null;
	let title: string | null = titleKey;
	let bodyStarted = false;
	let endMatter = false;
	let underRelatedHeader = false;
	let datelinePlace: string | null = null;

	const label = (line: Line, kind: SegmentKind, reason?: string, from = line.start) =>
		segments.push({ start: from, end: line.end, kind, ...(reason ? { reason } : {}) });

	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		// Repeats that matter are headlines and captions; long paragraphs compare as they are.
		const key = line.words > 30 ? line.text : normalise(line.text);
		const repeated = seen.has(key);
		seen.add(key);

		if (endMatter && !(isProse(line) && line.words >= 25)) {
			label(line, 'boilerplate', 'end matter (comments, recommendations, footer)');
			continue;
		}
		if (END_MATTER.test(line.text) && (bodyStarted || line.words <= 3)) {
			label(line, 'boilerplate', 'end matter (comments, recommendations, footer)');
			if (bodyStarted) endMatter = true;
			continue;
		}
		const related = RELATED.exec(line.text);
		if (related) {
			// A bare "Baca Juga" header: the headline lines under it are other stories too.
			underRelatedHeader = related[0].trim().length >= line.text.length - 1;
			label(line, 'boilerplate', 'link to another story');
			continue;
		}
		if (underRelatedHeader && (!isProse(line) || isHeadline(line))) {
			label(line, 'boilerplate', 'link to another story');
			continue;
		}
		underRelatedHeader = false;

		const furniture = isFurniture(line.text, line.words);
		if (furniture) {
			label(line, furniture === 'timestamp' ? 'dateline' : 'boilerplate', furniture);
			continue;
		}
		if (title !== null && (key === title || (key.endsWith(title) && key.length - title.length < 40))) {
			label(line, repeated || bodyStarted ? 'boilerplate' : 'title', repeated ? 'repeated headline' : undefined);
			continue;
		}
		if (repeated) {
			label(line, 'boilerplate', 'repeated line');
			continue;
		}
		if (!isProse(line)) {
			// "Warta Ekonomi, Jakarta -": a dateline on a line of its own.
			if (/\s[-–—]$/.test(line.text) && line.words <= 6) {
				datelinePlace ??= lastCapitalisedName(line.text.replace(/\s[-–—]$/, ''));
				label(line, 'dateline', 'dateline');
				continue;
			}
			// Short unpunctuated lines: a menu item or rubric before the story, a headline once.
			const short = line.words <= 4 && !SENTENCE_END.test(line.text);
			const nextIsShort = (lines[i + 1]?.words ?? 99) <= 4 || (lines[i - 1]?.words ?? 99) <= 4;
			if (!bodyStarted && title === null && !short && line.words <= 25) {
				title = key;
				label(line, 'title');
				continue;
			}
			if (short && (nextIsShort || !bodyStarted)) {
				label(line, 'boilerplate', 'navigation or rubric');
				continue;
			}
			if (bodyStarted && line.words < 6 && !SENTENCE_END.test(line.text)) {
				label(line, 'boilerplate', 'short line outside the story');
				continue;
			}
		}

		bodyStarted = true;
		let from = line.start;
		const slug = GLUED_SLUG.exec(line.text);
		if (slug) {
			segments.push({ start: from, end: from + slug[0].length, kind: 'boilerplate', reason: 'image file name' });
			from += slug[0].length;
		}
		const dateline = DATELINE_PREFIX.exec(raw.slice(from, line.end));
		if (dateline && dateline[0].length < 60) {
			// "Kanal247.com - " names the outlet, not a place; "Jakarta, KOMPAS.com - " names both, the
			// place first; "Warta Ekonomi, Jakarta - " the outlet first.
			const isOutlet = (name: string | undefined) => !name || /\.(?:com|co|id|net|org)\b/i.test(name);
			const place = !isOutlet(dateline[2]) ? dateline[2] : !isOutlet(dateline[1]) ? dateline[1] : null;
			if (place) datelinePlace ??= titleCase(place);
			segments.push({ start: from, end: from + dateline[0].length, kind: 'dateline', reason: 'dateline' });
			from += dateline[0].length;
		}
		// Editor initials closing the last paragraph: "... tutupnya. (rns/rns)".
		const initials = TRAILING_INITIALS.exec(line.text);
		if (initials) {
			const at = line.end - initials[0].length;
			segments.push({ start: from, end: at, kind: 'body' });
			segments.push({ start: at + (initials[0].length - initials[0].trimStart().length), end: line.end, kind: 'boilerplate', reason: 'editor initials' });
			continue;
		}
		label(line, 'body', undefined, from);
	}
	return { segments, datelinePlace };
}

function lastCapitalisedName(text: string): string | null {
	const parts = text.split(/\s*,\s*/);
	const last = parts[parts.length - 1]?.trim();
	return last && /^\p{Lu}/u.test(last) ? titleCase(last) : null;
}

function titleCase(text: string): string {
	return text === text.toUpperCase() ? text.charAt(0) + text.slice(1).toLowerCase() : text;
}
