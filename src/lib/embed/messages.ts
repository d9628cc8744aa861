/** Words of the embeds (the rest comes from $lib/i18n/messages). */
import type { Lang } from '$lib/timeline/urlState';
import { formatNumber } from '$lib/i18n/messages';

/** "Linimasa · 12 events from 5 articles": the credit line under every embed. */
export function creditLine(lang: Lang, events: number, articles: number): string {
	const n = formatNumber(lang, events);
	const m = formatNumber(lang, articles);
	if (lang === 'id') return `Linimasa · ${n} peristiwa dari ${m} artikel`;
	return `Linimasa · ${n} ${events === 1 ? 'event' : 'events'} from ${m} ${articles === 1 ? 'article' : 'articles'}`;
}

export function opensInNewTab(lang: Lang): string {
	return lang === 'id' ? '(membuka tab baru)' : '(opens in a new tab)';
}

export function timelineTitle(lang: Lang, events: number): string {
	const n = formatNumber(lang, events);
	return lang === 'id' ? `Linimasa: linimasa ${n} peristiwa` : `Linimasa: timeline of ${n} ${events === 1 ? 'event' : 'events'}`;
}

export function noDatedEvents(lang: Lang): string {
	return lang === 'id' ? 'Tidak ada peristiwa bertanggal untuk ditampilkan.' : 'No dated events to show.';
}
