/**
 * Interface text in English and Indonesian. Keys are checked by TypeScript: both languages must
 * have every key (the Indonesian object is typed by the English one).
 */
import type { EventType } from '$lib/timeline/eventTypes';
import type { Grouping, Lang } from '$lib/timeline/urlState';

const en = {
	appName: 'Linimasa',
	tagline: 'Timeline of technology companies and governments',
	corpusSummary: '{events} {events|event|events} from {articles} {articles|article|articles}',
	matchedSummary: '{matched} of {events} {events|event matches|events match}',
	span: '{first} – {last}',
	filters: 'Filters',
	eventType: 'Event type',
	actors: 'Actors',
	actorSearch: 'Search companies, government bodies, people',
	countries: 'Countries',
	countrySearch: 'Search countries',
	dateRange: 'Dates',
	from: 'From',
	to: 'To',
	search: 'Search titles and evidence',
	searchLabel: 'Search',
	groupBy: 'Lanes by',
	reset: 'Reset',
	remove: 'Remove {name}',
	noMatches: 'No options match',
	language: 'Language',
	theme: 'Theme',
	themeLight: 'Light',
	themeDark: 'Dark',
	themeSystem: 'System',
	timeline: 'Timeline',
	timelineLabel: 'Timeline of {count} {count|event|events}, {from} to {to}',
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	zoomFit: 'Fit all events',
	panLeft: 'Earlier',
	panRight: 'Later',
	overview: 'Overview: drag to choose the visible period',
	legend: 'Legend',
	legendSpan: 'Span of days (month, week or stated period)',
	legendOpen: 'Open-ended: only one side known',
	legendApprox: 'Approximate or uncertain date',
	legendPlanned: 'Planned or announced',
	legendSources: 'Told by several sources',
	undated: 'Undated',
	undatedCount: '{count} {count|event|events} without a usable date',
	undatedNote: 'These events have no date in the text, or no year. They are not placed on the time axis.',
	showMore: 'Show {count} more',
	events: 'Events',
	table: 'Table of events',
	date: 'Date',
	type: 'Type',
	event: 'Event',
	sources: 'Sources',
	page: 'Page {page} of {pages}',
	previous: 'Previous',
	next: 'Next',
	close: 'Close',
	details: 'Event details',
	status: 'Status',
	precision: 'Precision',
	cameo: 'CAMEO code',
	location: 'Location',
	confidence: 'Confidence',
	evidence: 'Evidence',
	readArticle: 'Read the article',
	permalink: 'Permanent link',
	curated: 'Curated by hand: {reason}',
	dateBasis: 'How the date was found',
	filterBy: 'Show only events with {name}',
	eventsInLane: '{count} {count|event|events}',
	densityHint: '{count} {count|event|events} here: zoom in to see {count|it|them}',
	skipToTable: 'Skip to the table of events',
	article: 'Article',
	articleEvents: 'Events from this article',
	boilerplate: 'Page furniture, not part of the story: {reason}',
	backToDashboard: 'Back to the dashboard',
	published: 'Published',
	unknownDate: 'date unknown',
	loading: 'Loading…',
	timelineFailed: 'The timeline could not be loaded ({reason}). Reload the page to try again.',
	derivedEndDuration: 'for the stated duration',
	derivedEndLifted: 'until it was lifted',
	noEvents: 'No events match these filters.',
	sourcesCount: '{count} {count|source|sources}',
	role_actor: 'does it',
	role_target: 'has it done',
	role_participant: 'takes part',
	status_occurred: 'occurred',
	status_planned: 'planned or announced',
	status_ongoing: 'ongoing',
	basis_explicit: 'a full date in the sentence',
	'basis_explicit-partial': 'day or month in the sentence, year from the article date',
	basis_weekday: 'weekday and day in the text; the year is the one that fits',
	basis_relative: 'a relative phrase read against the publication date',
	'basis_relative-estimated': 'a relative phrase read against an estimated article date',
	basis_context: 'from the sentence that framed it',
	basis_merged: 'narrowed by several sources',
	basis_curated: 'set by hand curation',
	basis_none: 'no basis in the text',
	kind_company: 'Companies',
	kind_product: 'Products',
	kind_government: 'Government bodies',
	kind_person: 'People',
	kind_organization: 'Organisations',
	lane_none: 'No company named',
	lane_noCountry: 'No country',
	group_company: 'Company',
	group_country: 'Country',
	group_kind: 'Actor kind',
	group_type: 'Event type',
	exportDescription: 'Timeline of {count} {count|event|events} from {from} to {to} in {lanes} {lanes|lane|lanes} by {group}',
	exportMost: 'most events: {name} ({count})',
	exportTypes: 'Types: {types}',
	exportNone: 'No dated events in this period.',
	exportLanesShown: 'Showing the first {shown} of {lanes} lanes.',
	exportSource: 'Source',
	chartActions: 'Download or embed this chart',
	downloadSvg: 'Download SVG',
	downloadPng: 'Download PNG',
	downloadSvgTitle: 'The timeline in view as an SVG file ({width} px wide)',
	downloadPngTitle: 'The timeline in view as a PNG image ({width} px wide, double resolution)',
	embed: 'Embed',
	embedTitle: 'Embed this timeline',
	embedIntro: 'Paste this code into a web page: it shows the timeline of this view and sizes itself to its content.',
	embedCode: 'Embed code',
	copy: 'Copy',
	copied: 'Copied to the clipboard.',
	copySelected: 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
	embedPreview: 'Preview',
	embedPreviewer: 'Embed previewer',
	embedPreviewerIntro: 'Each embed in a frame you can resize (drag its corner) or set to a preset width.',
	embedWidth: 'Frame width',
	embedTimeline: 'Timeline embed',
	embedEvent: 'Event embed'
};

export type MessageKey = keyof typeof en;

const id: Record<MessageKey, string> = {
	appName: 'Linimasa',
	tagline: 'Linimasa perusahaan teknologi dan pemerintah',
	corpusSummary: '{events} peristiwa dari {articles} artikel',
	matchedSummary: '{matched} dari {events} peristiwa cocok',
	span: '{first} – {last}',
	filters: 'Filter',
	eventType: 'Jenis peristiwa',
	actors: 'Pelaku',
	actorSearch: 'Cari perusahaan, lembaga pemerintah, tokoh',
	countries: 'Negara',
	countrySearch: 'Cari negara',
	dateRange: 'Tanggal',
	from: 'Dari',
	to: 'Sampai',
	search: 'Cari judul dan kutipan',
	searchLabel: 'Cari',
	groupBy: 'Lajur menurut',
	reset: 'Atur ulang',
	remove: 'Hapus {name}',
	noMatches: 'Tidak ada pilihan yang cocok',
	language: 'Bahasa',
	theme: 'Tema',
	themeLight: 'Terang',
	themeDark: 'Gelap',
	themeSystem: 'Sistem',
	timeline: 'Linimasa',
	timelineLabel: 'Linimasa {count} peristiwa, {from} sampai {to}',
	zoomIn: 'Perbesar',
	zoomOut: 'Perkecil',
	zoomFit: 'Tampilkan semua peristiwa',
	panLeft: 'Lebih awal',
	panRight: 'Lebih akhir',
	overview: 'Ikhtisar: seret untuk memilih periode yang tampak',
	legend: 'Keterangan',
	legendSpan: 'Rentang hari (bulan, pekan, atau periode yang disebut)',
	legendOpen: 'Terbuka: hanya satu sisi yang diketahui',
	legendApprox: 'Tanggal perkiraan atau belum pasti',
	legendPlanned: 'Direncanakan atau diumumkan',
	legendSources: 'Diberitakan beberapa sumber',
	undated: 'Tanpa tanggal',
	undatedCount: '{count} peristiwa tanpa tanggal yang dapat dipakai',
	undatedNote: 'Peristiwa ini tidak bertanggal di teks, atau tidak ada tahunnya. Peristiwa ini tidak diletakkan pada sumbu waktu.',
	showMore: 'Tampilkan {count} lagi',
	events: 'Peristiwa',
	table: 'Tabel peristiwa',
	date: 'Tanggal',
	type: 'Jenis',
	event: 'Peristiwa',
	sources: 'Sumber',
	page: 'Halaman {page} dari {pages}',
	previous: 'Sebelumnya',
	next: 'Berikutnya',
	close: 'Tutup',
	details: 'Rincian peristiwa',
	status: 'Status',
	precision: 'Ketelitian',
	cameo: 'Kode CAMEO',
	location: 'Lokasi',
	confidence: 'Keyakinan',
	evidence: 'Bukti',
	readArticle: 'Baca artikelnya',
	permalink: 'Tautan tetap',
	curated: 'Dikurasi manual: {reason}',
	dateBasis: 'Asal tanggal',
	filterBy: 'Tampilkan hanya peristiwa dengan {name}',
	eventsInLane: '{count} peristiwa',
	densityHint: '{count} peristiwa di sini: perbesar untuk melihatnya',
	skipToTable: 'Lompat ke tabel peristiwa',
	article: 'Artikel',
	articleEvents: 'Peristiwa dari artikel ini',
	boilerplate: 'Bagian halaman, bukan isi berita: {reason}',
	backToDashboard: 'Kembali ke dasbor',
	published: 'Terbit',
	unknownDate: 'tanggal tidak diketahui',
	loading: 'Memuat…',
	timelineFailed: 'Linimasa tidak dapat dimuat ({reason}). Muat ulang halaman untuk mencoba lagi.',
	derivedEndDuration: 'selama jangka waktu yang disebut',
	derivedEndLifted: 'sampai dicabut',
	noEvents: 'Tidak ada peristiwa yang cocok dengan filter ini.',
	sourcesCount: '{count} sumber',
	role_actor: 'pelaku',
	role_target: 'sasaran',
	role_participant: 'peserta',
	status_occurred: 'terjadi',
	status_planned: 'direncanakan atau diumumkan',
	status_ongoing: 'sedang berlangsung',
	basis_explicit: 'tanggal lengkap di kalimat',
	'basis_explicit-partial': 'hari atau bulan di kalimat, tahun dari tanggal artikel',
	basis_weekday: 'hari dan tanggal di teks; tahunnya yang cocok',
	basis_relative: 'frasa relatif terhadap tanggal terbit',
	'basis_relative-estimated': 'frasa relatif terhadap perkiraan tanggal artikel',
	basis_context: 'dari kalimat yang membingkainya',
	basis_merged: 'dipersempit oleh beberapa sumber',
	basis_curated: 'ditetapkan oleh kurasi manual',
	basis_none: 'tidak ada dasar di teks',
	kind_company: 'Perusahaan',
	kind_product: 'Produk',
	kind_government: 'Lembaga pemerintah',
	kind_person: 'Tokoh',
	kind_organization: 'Organisasi',
	lane_none: 'Tanpa perusahaan',
	lane_noCountry: 'Tanpa negara',
	group_company: 'Perusahaan',
	group_country: 'Negara',
	group_kind: 'Jenis pelaku',
	group_type: 'Jenis peristiwa',
	exportDescription: 'Linimasa {count} peristiwa dari {from} sampai {to} dalam {lanes} lajur menurut {group}',
	exportMost: 'peristiwa terbanyak: {name} ({count})',
	exportTypes: 'Jenis: {types}',
	exportNone: 'Tidak ada peristiwa bertanggal pada periode ini.',
	exportLanesShown: 'Menampilkan {shown} lajur pertama dari {lanes}.',
	exportSource: 'Sumber',
	chartActions: 'Unduh atau sematkan bagan ini',
	downloadSvg: 'Unduh SVG',
	downloadPng: 'Unduh PNG',
	downloadSvgTitle: 'Linimasa yang tampil sebagai berkas SVG (lebar {width} px)',
	downloadPngTitle: 'Linimasa yang tampil sebagai gambar PNG (lebar {width} px, resolusi ganda)',
	embed: 'Sematkan',
	embedTitle: 'Sematkan linimasa ini',
	embedIntro: 'Tempel kode ini ke halaman web: kode ini menampilkan linimasa tampilan ini dan menyesuaikan tingginya dengan isinya.',
	embedCode: 'Kode sematan',
	copy: 'Salin',
	copied: 'Tersalin ke papan klip.',
	copySelected: 'Kode sudah dipilih: tekan Ctrl+C (⌘C di Mac) untuk menyalinnya.',
	embedPreview: 'Pratinjau',
	embedPreviewer: 'Pratinjau sematan',
	embedPreviewerIntro: 'Setiap sematan dalam bingkai yang dapat diubah ukurannya (tarik sudutnya) atau diatur ke lebar tertentu.',
	embedWidth: 'Lebar bingkai',
	embedTimeline: 'Sematan linimasa',
	embedEvent: 'Sematan peristiwa'
};

const TYPE_LABELS: Record<Lang, Record<EventType, string>> = {
	en: {
		meeting: 'Meeting',
		summons: 'Summons',
		negotiation: 'Negotiation',
		agreement: 'Agreement',
		cooperation: 'Cooperation',
		expansion: 'Expansion',
		acquisition: 'Acquisition',
		investigation: 'Investigation',
		accusation: 'Accusation',
		advisory: 'Advisory',
		ban: 'Ban or block',
		'ban-lifted': 'Ban lifted',
		fine: 'Fine',
		lawsuit: 'Lawsuit'
	},
	id: {
		meeting: 'Pertemuan',
		summons: 'Pemanggilan',
		negotiation: 'Negosiasi',
		agreement: 'Kesepakatan',
		cooperation: 'Kerja sama',
		expansion: 'Ekspansi',
		acquisition: 'Akuisisi',
		investigation: 'Penyelidikan',
		accusation: 'Tuduhan',
		advisory: 'Imbauan',
		ban: 'Larangan atau blokir',
		'ban-lifted': 'Larangan dicabut',
		fine: 'Denda',
		lawsuit: 'Gugatan'
	}
};

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { en, id };

/**
 * Interface text with {placeholders} filled in; `{name|one|other}` picks a word by whether the
 * value is 1 (English plurals: "1 event", "2 events").
 */
export function t(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
	return MESSAGES[lang][key]
		.replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (_, name: string, one: string, other: string) => (String(values[name]) === '1' ? one : other))
		.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

export function typeLabel(lang: Lang, type: EventType): string {
	return TYPE_LABELS[lang][type];
}

export function groupLabel(lang: Lang, group: Grouping): string {
	return t(lang, `group_${group}`);
}

const regionNames = new Map<Lang, Intl.DisplayNames>();

/** Country names from the browser's (or Node's) own ICU data: no table to ship. */
export function countryLabel(lang: Lang, code: string): string {
	if (code === 'EU') return lang === 'id' ? 'Uni Eropa' : 'European Union';
	let names = regionNames.get(lang);
	if (!names) {
		names = new Intl.DisplayNames([lang], { type: 'region' });
		regionNames.set(lang, names);
	}
	try {
		return names.of(code) ?? code;
	} catch {
		return code;
	}
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** One formatter per language: `toLocaleString` builds a new one at every call. */
export function formatNumber(lang: Lang, n: number): string {
	let format = numberFormats.get(lang);
	if (!format) {
		format = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB');
		numberFormats.set(lang, format);
	}
	return format.format(n);
}
