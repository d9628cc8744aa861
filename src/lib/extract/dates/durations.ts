/**
 * findDurations: lengths of time ("selama tiga bulan", "for three months", "a two-week probe") as
 * ISO 8601 durations.
 */
import type { DurationMention, Lang } from './types';
import { EN_NUM_SRC, ID_NUM_SRC, norm, parseEnNumber, parseIdNumber } from './vocabulary';

const DURATION_UNITS: Record<string, [designator: string, time: boolean]> = {
	detik: ['S', true], second: ['S', true],
	menit: ['M', true], minute: ['M', true],
	jam: ['H', true], hour: ['H', true],
	hari: ['D', false], day: ['D', false],
	pekan: ['W', false], minggu: ['W', false], week: ['W', false],
	bulan: ['M', false], month: ['M', false],
	tahun: ['Y', false], year: ['Y', false]
};
function isoDuration(n: number, unitWord: string): string | null {
	const u = DURATION_UNITS[norm(unitWord).replace(/s$/, '')];
	if (!u || !(n > 0)) return null;
	return `P${u[1] ? 'T' : ''}${n}${u[0]}`;
}

const ID_DURATION_RE = new RegExp(
	`\\b(selama|berlangsung(?:\\s+selama)?|berlaku(?:\\s+selama)?|dalam\\s+(?:jangka\\s+)?waktu|jangka\\s+waktu|kurun(?:\\s+waktu)?|masa|tenggat(?:\\s+waktu)?|dalam)\\s+(?:(${ID_NUM_SRC})\\s+|(se))(detik|menit|jam|hari|pekan|minggu|bulan|tahun)\\b(?!\\s+(?:yang\\s+)?(?:lalu|silam|lagi))`,
	'gi'
);
const EN_DURATION_RE = new RegExp(
	`\\b(for|lasting|last(?:ed|s)?|within|over)\\s+(?:the\\s+)?(?:(?:past|last|next|coming|further|another)\\s+)?(${EN_NUM_SRC})\\s+(seconds?|minutes?|hours?|days?|weeks?|months?|years?)\\b(?!\\s+ago)`,
	'gi'
);
const EN_DURATION_ADJ_RE = new RegExp(
	`\\b(${EN_NUM_SRC})-(second|minute|hour|day|week|month|year)(?:-long)?\\b(?!-)`,
	'gi'
);

/**
 * Durations: "selama tiga bulan", "(akan) berlangsung tiga bulan", "dalam waktu sepekan", "selama
 * 1,5 tahun", "for three months", "lasting two years", "a two-week probe", "a 90-day review".
 * The span starts at the trigger word ("berlangsung tiga bulan"); for the English adjective form it
 * is just "two-week". "dalam sepekan ini" (this week) and "N hari lalu" (ago) are not durations.
 */
export function findDurations(text: string, lang: Lang): DurationMention[] {
	const out: DurationMention[] = [];
	const push = (start: number, end: number, iso: string | null): void => {
		if (iso && out.every((o) => end <= o.start || start >= o.end)) out.push({ start, end, text: text.slice(start, end), iso });
	};
	if (lang === 'id') {
		ID_DURATION_RE.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ((m = ID_DURATION_RE.exec(text)) !== null) {
			const end = m.index + m[0].length;
			if (/^dalam$/i.test(m[1]!) && /^\s+(?:ini|terakhir)\b/i.test(text.slice(end, end + 12))) continue;
			const n = m[3] ? 1 : parseIdNumber(m[2]!);
			push(m.index, end, n === null ? null : isoDuration(n, m[4]!));
		}
	} else {
		for (const re of [EN_DURATION_RE, EN_DURATION_ADJ_RE]) {
			re.lastIndex = 0;
			let m: RegExpExecArray | null;
			while ((m = re.exec(text)) !== null) {
				const numStr = re === EN_DURATION_RE ? m[2]! : m[1]!;
				const unit = re === EN_DURATION_RE ? m[3]! : m[2]!;
				const n = parseEnNumber(numStr);
				push(m.index, m.index + m[0].length, n === null ? null : isoDuration(n, unit));
			}
		}
		out.sort((a, b) => a.start - b.start);
	}
	return out;
}
