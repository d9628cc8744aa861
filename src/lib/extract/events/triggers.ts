/**
 * Trigger words for each event type, Indonesian and English, with the voice that tells who does
 * what to whom:
 * - active: the subject acts on what follows ("Kominfo memblokir Telegram", "China bans Line");
 * - passive: the subject undergoes it, the doer follows "oleh"/"by" ("Huawei dimasukkan ke daftar hitam");
 * - nominal: an event noun; the doer is the subject of a light verb, the other side follows
 *   ("melakukan perundingan dengan Basalt SPO", "pemblokiran terhadap Telegram");
 * - host: the subject receives the other side ("Rudiantara mendapat kunjungan dari John Chen").
 * Indonesian affixes are spelled out (blokir, memblokir, diblokir, pemblokiran) rather than
 * stemmed, so that each form carries its voice.
 */
import type { EventType } from '$lib/schema/events';
import { aliasTokens, tokenize, type Token } from '$lib/gazetteer/tokens';
import { TokenTrie } from '$lib/gazetteer/trie';

export type Voice = 'active' | 'passive' | 'nominal' | 'host';

export interface TriggerRule {
	type: EventType;
	voice: Voice;
	pattern: string;
	/** CAMEO code when this wording pins it down (a visit is 042, a trade blacklist 163). */
	cameo?: string;
	/** A loose word ("kehadiran", "contacted"): lower confidence, needs both sides named. */
	weak?: boolean;
	/** Symmetric events list both sides as participants (meetings, talks, agreements). */
	symmetric?: boolean;
	/** How a title words a ban: blocking an app, suspending a licence, blacklisting a firm. */
	wording?: Wording;
	/**
	 * A verb that is a meeting only when a guest follows it: "menerima CEO Microsoft Satya
	 * Nadella" is a meeting, "menerima laporan dari Google" is not.
	 */
	guest?: boolean;
}

export type Wording = 'block' | 'suspend' | 'blacklist';

const rules: TriggerRule[] = [];
const add = (type: EventType, voice: Voice, words: string, extra: Partial<TriggerRule> = {}) => {
	// Every rule has every field, so the code reading rules sees one object shape.
	for (const pattern of words.split('|').map((w) => w.trim()).filter(Boolean))
		rules.push({ type, voice, pattern, cameo: undefined, weak: false, symmetric: false, wording: undefined, guest: false, ...extra });
};

// ---- meetings and visits (CAMEO 04x)
add('meeting', 'active', 'bertemu|menemui|temui|bertatap muka|bersua|beraudiensi|menggelar pertemuan|mengadakan pertemuan|melakukan pertemuan|met|meets|meet with|held a meeting|holds a meeting|sat down with', { symmetric: true, cameo: '040' });
add('meeting', 'active', 'mengunjungi|berkunjung|mendatangi|menyambangi|bertandang|visited|visits|visiting|paid a visit|travelled to|traveled to', { cameo: '042' });
add('meeting', 'nominal', 'pertemuan|audiensi|meeting|talks with', { symmetric: true, cameo: '040' });
add('meeting', 'nominal', 'kunjungan|kedatangan|lawatan|visit', { cameo: '042' });
add('meeting', 'nominal', 'kehadiran', { cameo: '042', weak: true });
// The host is the subject ("Rudiantara mendapat kunjungan dari John Chen"): roles stay visitor -> host.
add('meeting', 'host', 'mendapat kunjungan|menerima kunjungan|kedatangan tamu|menjamu|received a visit|hosted', { cameo: '042' });
add('meeting', 'host', 'menerima|received|welcomed', { cameo: '042', guest: true });
add('meeting', 'passive', 'dikunjungi|didatangi|disambangi|was visited by', { cameo: '042' });
add('meeting', 'active', 'dijamu|was hosted by', { cameo: '042' });
// ---- summons (CAMEO 108: demand a meeting)
add('summons', 'active', 'memanggil|summoned|summons|called in', { cameo: '108' });
add('summons', 'passive', 'dipanggil|was summoned|were summoned|have been summoned', { cameo: '108' });
add('summons', 'nominal', 'pemanggilan|summons', { cameo: '108' });
// ---- negotiation (046)
add('negotiation', 'active', 'berunding|bernegosiasi|menegosiasikan|negotiating|negotiated|negotiates|in talks|in advanced talks|in early talks|in preliminary talks|held talks|holding talks', { symmetric: true, cameo: '046' });
add('negotiation', 'nominal', 'perundingan|negosiasi|negotiations|negotiation|talks', { symmetric: true, cameo: '046' });
add('negotiation', 'nominal', 'pembicaraan', { symmetric: true, cameo: '046', weak: true });
add('negotiation', 'active', 'menghubungi|mendekati|approached|contacted|reached out to', { cameo: '046', weak: true });
// ---- agreement (057)
add('agreement', 'active', 'sepakat|bersepakat|menyepakati|menandatangani|meneken|teken|agreed|signed|reached an agreement|reached a deal|struck a deal', { symmetric: true, cameo: '057' });
add('agreement', 'nominal', 'kesepakatan|perjanjian|nota kesepahaman|MoU|agreement|deal|memorandum of understanding', { symmetric: true, cameo: '057' });
// ---- cooperation, expansion, acquisition (061)
add('cooperation', 'active', 'bekerja sama|bekerjasama|bermitra|menggandeng|berkolaborasi|partnered|teamed up|cooperates|cooperated|collaborated', { symmetric: true, cameo: '061' });
add('cooperation', 'nominal', 'kerja sama|kerjasama|kemitraan|kolaborasi|usaha bersama|usaha patungan|perusahaan patungan|joint venture|proyek percontohan|pilot project|partnership', { symmetric: true, cameo: '061' });
add('expansion', 'active', 'membuka kantor|buka kantor|berkantor|masuk ke pasar|masuk pasar|memasuki pasar|berekspansi|memperluas bisnis|memperluas pasar|mendirikan toko|mendirikan kantor|mendirikan pabrik|membangun pabrik|membangun pusat data|mendirikan pusat data|meningkatkan penjualannya|meningkatkan penjualan|mengintensifkan kehadirannya|opened an office|opens an office|open an office|entered the market|enters the market|enter the market|expanded into|expands into|expand into|set up shop|launched in|built a factory|build a data center', { cameo: '061' });
add('expansion', 'nominal', 'ekspansi|expansion|kehadirannya di pasar', { cameo: '061' });
add('expansion', 'active', 'berinvestasi|menanamkan modal|menanam modal|membangun pabrik|invests|invested|invest', { cameo: '061' });
add('expansion', 'nominal', 'investasi|penanaman modal|investment', { cameo: '061', weak: true });
add('acquisition', 'active', 'mengakuisisi|mencaplok|membeli saham|acquired|acquires|bought a stake|buys a stake|took over', { cameo: '061' });
add('acquisition', 'nominal', 'akuisisi|acquisition|takeover', { cameo: '061' });
// ---- investigation and accusation (09x, 112)
add('investigation', 'active', 'menyelidiki|menyidik|menginvestigasi|mengusut|investigating|investigates|investigated|probing|probes|probed|launched a probe|opened an investigation', { cameo: '090' });
add('investigation', 'passive', 'diselidiki|disidik|diinvestigasi|diusut|is under investigation|was investigated|is being investigated', { cameo: '090' });
add('investigation', 'nominal', 'penyelidikan|penyidikan|investigasi|investigation|probe|inquiry', { cameo: '090' });
add('investigation', 'active', 'memeriksa|mengaudit|audited|examining|scrutinising|scrutinizing', { cameo: '090', weak: true });
add('investigation', 'nominal', 'pemeriksaan|audit', { cameo: '090', weak: true });
add('accusation', 'active', 'menuduh|menuding|accused|accuses', { cameo: '112' });
add('accusation', 'passive', 'dituduh|dituding|was accused|were accused|is accused', { cameo: '112' });
add('accusation', 'nominal', 'tuduhan|tudingan|accusation|accusations|allegations', { cameo: '112' });
// ---- advisory: urging people not to use something (111, disapproval short of a ban)
add('advisory', 'active', 'mendorong karyawan tidak menggunakan|mendorong karyawannya tidak menggunakan|mengimbau agar tidak menggunakan|mengimbau untuk tidak menggunakan|mengimbau masyarakat tidak menggunakan|mendorong agar tidak menggunakan|menyarankan agar tidak menggunakan|menyarankan untuk tidak menggunakan|advised against|urged staff not to use|urged employees not to use|warned against using|warned against', { cameo: '111' });
// ---- bans and their lifting (172 administrative, 163 trade sanctions; 081 / 085)
add('ban', 'active', 'memblokir|blokir|menutup akses|memutus akses|blocked|blocks', { cameo: '172', wording: 'block' });
add('ban', 'active', 'melarang|banned|bans|barred|prohibited|sanctioned', { cameo: '172' });
add('ban', 'active', 'blacklisted', { cameo: '163', wording: 'blacklist' });
add('ban', 'active', 'membatasi perusahaan|menjatuhkan sanksi|mengenakan sanksi|restricted|imposed sanctions', { cameo: '163' });
add('ban', 'active', 'membekukan|menangguhkan|menghentikan sementara|menghentikan operasi|menghentikan layanan|mencabut izin|menutup layanan|menutup situs|suspended|suspends|halted|revoked|shut down|took down|takes down', { cameo: '172', wording: 'suspend' });
add('ban', 'passive', 'dibekukan|ditangguhkan|dihentikan sementara|dicabut izinnya|was suspended|were suspended|was shut down|was taken down', { cameo: '172', wording: 'suspend' });
add('ban', 'passive', 'diputus aksesnya|ditutup aksesnya', { cameo: '172', wording: 'block' });
add('ban', 'nominal', 'pembekuan|penangguhan|penghentian sementara|pencabutan izin|suspension|shutdown', { cameo: '172', wording: 'suspend' });
add('ban', 'nominal', 'pemutusan akses', { cameo: '172', wording: 'block' });
add('ban', 'passive', 'diblokir|terblokir|was blocked|were blocked', { cameo: '172', wording: 'block' });
add('ban', 'passive', 'dilarang|was banned|were banned|is banned|was barred', { cameo: '172' });
add('ban', 'passive', 'was blacklisted|were blacklisted', { cameo: '163', wording: 'blacklist' });
add('ban', 'passive', 'dimasukkan ke dalam daftar hitam|dimasukkan ke daftar hitam|masuk ke daftar hitam|masuk daftar hitam|masuk ke dalam daftar hitam|dimasukkan dalam daftar hitam|added to the Entity List|placed on the Entity List|added to a trade blacklist|put on a blacklist', { cameo: '163', wording: 'blacklist' });
add('ban', 'passive', 'dikenai sanksi|dijatuhi sanksi', { cameo: '163' });
add('ban', 'nominal', 'pemblokiran|blokir|block|blocking', { cameo: '172', wording: 'block' });
add('ban', 'nominal', 'larangan|pelarangan|ban', { cameo: '172' });
add('ban', 'nominal', 'daftar hitam|blacklist|Entity List', { cameo: '163', wording: 'blacklist' });
add('ban', 'nominal', 'sanksi|embargo|sanctions', { cameo: '163' });
add('ban-lifted', 'active', 'mencabut pemblokiran|mencabut blokir|membuka blokir|membuka blokiran|membuka kembali akses|menormalisasi|lifted the block|lifted a block|lifted its block|lifts a block|unblocked', { cameo: '081', wording: 'block' });
add('ban-lifted', 'active', 'mencabut larangan|mencabut sanksi|lifted the ban|lifts the ban|lift the ban|lifted a ban|lifted its ban|lifts its ban|lifted sanctions|lifted restrictions|unbanned|removed from the Entity List', { cameo: '081' });
add('ban-lifted', 'nominal', 'pencabutan pemblokiran|pencabutan blokir|pencabutan larangan|pencabutan sanksi|normalisasi', { cameo: '081' });
// ---- fines and lawsuits (172, 115)
add('fine', 'active', 'mendenda|menjatuhkan denda|mengenakan denda|fined|fines', { cameo: '172' });
add('fine', 'passive', 'didenda|dijatuhi denda|dikenai denda|was fined|were fined', { cameo: '172' });
add('fine', 'nominal', 'denda|penalty', { cameo: '172', weak: true });
add('lawsuit', 'active', 'menggugat|mengajukan gugatan|menuntut|sued|sues|filed a lawsuit|filed suit', { cameo: '115' });
add('lawsuit', 'passive', 'digugat|dituntut|was sued|were sued', { cameo: '115' });
add('lawsuit', 'nominal', 'gugatan|lawsuit', { cameo: '115' });

export const TRIGGER_RULES: readonly TriggerRule[] = rules;

export interface TriggerHit {
	rule: TriggerRule;
	/** Offsets in the sentence text. */
	start: number;
	end: number;
}

/**
 * Trigger phrases in a token trie, matched on lower-cased words: one pass over the sentence's
 * tokens, and quotes or line breaks between words do not matter (dimasukkan ke dalam "daftar hitam").
 */
const trie = new TokenTrie<TriggerRule>();
const seen = new Set<string>();
for (const rule of rules) {
	const key = rule.pattern.toLowerCase();
	// The first rule for a phrase wins ("summons": the active verb before the noun).
	if (seen.has(key)) continue;
	seen.add(key);
	trie.add(aliasTokens(key), rule);
}

/** A word made of letters may not continue a trigger: "ban" never fires inside "bantuan". */
/** Offsets in the sentence; `offset` is subtracted from token offsets given in the raw text. */
export function findTriggers(sentence: string, tokens: Token[] = tokenize(sentence), offset = 0): TriggerHit[] {
	const hits: TriggerHit[] = [];
	for (const match of trie.matchAll(tokens, ALL, 'lower')) {
		const start = tokens[match.from]!.start - offset;
		const end = tokens[match.to - 1]!.end - offset;
		// A hyphenated word before ("anti-blokir") belongs to another word.
		if (start > 0 && sentence.charAt(start - 1) === '-') continue;
		hits.push({ rule: match.values[0]!, start, end });
	}
	return hits;
}

const ALL = () => true;
