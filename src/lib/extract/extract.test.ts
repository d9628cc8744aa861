/**
 * Extraction on articles the extractor was not built around: short Indonesian and English news
 * items written for these tests in the style of detik, Kompas and Reuters. Each expectation is
 * what a reader takes from the sentence.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleMeta, Event } from '$lib/schema/events';
import { loadGazetteer } from '$lib/gazetteer/load';
import { Extractor, sha256 } from './pipeline';

const gazetteer = loadGazetteer('data/gazetteer');

function extract(articles: { text: string; meta?: ArticleMeta }[]): { events: Event[]; extractor: Extractor } {
	const extractor = new Extractor(gazetteer);
	const analysed = articles.map(({ text, meta = {} }, k) => extractor.analyse({ id: `a${k}`, file: `a${k}.txt`, text, meta, contentHash: sha256(text) }));
	return { events: extractor.finish(analysed).events, extractor };
}
const events = (text: string, meta: ArticleMeta = {}) => extract([{ text, meta }]).events;
const has = (e: Event, id: string, role?: string) => e.actors.some((a) => a.id === id && (!role || a.role === role));
function only(list: Event[], type: Event['type']): Event {
	const found = list.filter((e) => e.type === type);
	expect(found, JSON.stringify(list.map((e) => [e.type, e.actors.map((a) => a.id)]))).toHaveLength(1);
	return found[0]!;
}

describe('Indonesian news', () => {
	it('a fine with its date: "KPPU menjatuhkan denda ... kepada Google LLC, Selasa (21/1/2025)"', () => {
		const list = events('Jakarta - Komisi Pengawas Persaingan Usaha (KPPU) menjatuhkan denda sebesar Rp202,5 miliar kepada Google LLC, Selasa (21/1/2025).', { language: 'id' });
		const fine = only(list, 'fine');
		expect(has(fine, 'id-kppu', 'actor')).toBe(true);
		expect(has(fine, 'google', 'target')).toBe(true);
		expect(fine.date).toBe('2025-01-21');
		expect(fine.dateBasis).toBe('explicit');
	});

	it('a suspension, and a ban told as background with its own year', () => {
		const list = events(
			'Kementerian Komunikasi dan Digital (Komdigi) membekukan sementara layanan Worldcoin, Minggu (4/5/2025).\n\nPemerintah Kenya sebelumnya juga telah menghentikan operasi Worldcoin pada 2023.',
			{ language: 'id' }
		);
		const bans = list.filter((e) => e.type === 'ban');
		expect(bans).toHaveLength(2);
		const komdigi = bans.find((e) => has(e, 'id-komdigi'))!;
		expect(has(komdigi, 'worldcoin', 'target')).toBe(true);
		expect(komdigi.date).toBe('2025-05-04');
		expect(komdigi.title.en).toMatch(/suspends Worldcoin/);
		const kenya = bans.find((e) => has(e, 'gov-ke', 'actor'))!;
		expect(kenya.date).toBe('2023');
	});

	it('denied, hypothetical and habitual statements are not events', () => {
		const list = events(
			[
				'Kominfo belum memblokir aplikasi Telegram hingga saat ini.',
				'Pemerintah tidak akan melarang TikTok, kata Menkominfo.',
				'Jika tidak mematuhi aturan, Telegram bisa diblokir.',
				'Perusahaan China sering dituduh melakukan spionase.'
			].join('\n\n'),
			{ language: 'id', published: '2018-07-03' }
		);
		expect(list).toEqual([]);
	});

	it('a plan for next week: "Kominfo berencana memanggil Netflix pekan depan"', () => {
		// 8 January 2020 was a Wednesday: next week runs Monday 13 to Sunday 19 January.
		const summons = only(events('Kominfo berencana memanggil Netflix pekan depan.', { language: 'id', published: '2020-01-08' }), 'summons');
		expect(summons.status).toBe('planned');
		expect(has(summons, 'netflix', 'target')).toBe(true);
		expect(summons.date).toBe('2020-01-13/2020-01-19');
	});

	it('a passive with its doer after "oleh"', () => {
		const ban = only(events('Aplikasi TikTok diblokir oleh Kominfo pada Selasa (3/7/2018).', { language: 'id' }), 'ban');
		expect(has(ban, 'tiktok', 'target')).toBe(true);
		expect(has(ban, 'id-kominfo', 'actor')).toBe(true);
		expect(ban.date).toBe('2018-07-03');
	});

	it('a passive with its doer straight after the verb: "Aplikasi Xyzchat diblokir Kominfo"', () => {
		const { events: list, extractor } = extract([{ text: 'Aplikasi Xyzchat diblokir Kominfo pada Selasa (3/7/2018).', meta: { language: 'id' } }]);
		const ban = only(list, 'ban');
		expect(has(ban, 'id-kominfo', 'actor')).toBe(true);
		const target = ban.actors.find((a) => a.role === 'target')!;
		expect(extractor.actor(target.id)).toMatchObject({ name: 'Xyzchat', kind: 'company' });
	});

	it('a bare passive doer may be a list: "digugat Gojek dan Tokopedia"; names joined by a comma alone are not', () => {
		const suit = only(events('Kominfo digugat Gojek dan Tokopedia ke PTUN pada Maret 2024.', { language: 'id' }), 'lawsuit');
		expect(has(suit, 'gojek', 'actor') && has(suit, 'tokopedia', 'actor')).toBe(true);
		expect(has(suit, 'id-kominfo', 'target')).toBe(true);
		const ban = only(events('Telegram diblokir Kominfo, Google mengatakan pada Senin (3/7/2017).', { language: 'id' }), 'ban');
		expect(has(ban, 'google')).toBe(false);
	});

	it('a bare "Pemerintah" is the government of the story: Indonesia in an Indonesian text, else the country whose government was named last', () => {
		const id = only(events('Pemerintah memblokir aplikasi Temu sejak Oktober 2024.', { language: 'id', published: '2025-01-10' }), 'ban');
		expect(has(id, 'gov-id', 'actor') && has(id, 'temu', 'target')).toBe(true);
		const tw = only(
			events('Pemerintah Taiwan menyelidiki Xiaomi pekan lalu.\n\nPemerintah juga melarang aplikasi Line di kantor-kantor pemerintahan.', { language: 'id', published: '2018-09-10' }),
			'ban'
		);
		expect(has(tw, 'gov-tw', 'actor')).toBe(true);
		expect(has(tw, 'gov-id')).toBe(false);
		// A city's government is not the country's.
		const local = events('Pemerintah Kota Bandung melarang aplikasi Xyzride beroperasi.', { language: 'id' });
		expect(local.some((e) => has(e, 'gov-id'))).toBe(false);
	});

	it('a ban told as the subject of "dicabut" is its lifting, with the sides of the ban it points at', () => {
		const list = events(
			'Sebelumnya, Telkom Group memblokir akses Netflix sejak Januari 2016. Pemblokiran tersebut dicabut pada Juli 2020 setelah Netflix dan Telkom mencapai kesepakatan.',
			{ language: 'id', published: '2020-08-01' }
		);
		const lift = only(list, 'ban-lifted');
		expect(has(lift, 'telkom', 'actor') && has(lift, 'netflix', 'target')).toBe(true);
		expect(lift.date).toBe('2020-07');
		expect(lift.status).toBe('occurred');
		expect(has(only(list, 'ban'), 'netflix', 'target')).toBe(true);
	});

	it('a lifting names its lifter after "oleh" or as the government that tells it; "belum dicabut" and "bisa dicabut jika" are none, "akan dicabut" is planned', () => {
		const huawei = only(
			events('Larangan terhadap Huawei akhirnya dicabut oleh Departemen Perdagangan AS pada Juni 2019.', { language: 'id', published: '2019-07-01' }),
			'ban-lifted'
		);
		expect(has(huawei, 'us-commerce', 'actor') && has(huawei, 'huawei', 'target')).toBe(true);
		const told = only(events('Kominfo mengatakan pemblokiran Telegram telah dicabut pada Kamis (10/8/2017).', { language: 'id', published: '2017-08-11' }), 'ban-lifted');
		expect(has(told, 'id-kominfo', 'actor') && has(told, 'telegram', 'target')).toBe(true);
		expect(told.date).toBe('2017-08-10');
		const none = events(
			['Kominfo memblokir Telegram dan Vimeo.', 'Pemblokiran terhadap Telegram belum dicabut hingga kini.', 'Pemblokiran Vimeo bisa dicabut jika Vimeo menghapus konten pornografi.'].join(' '),
			{ language: 'id', published: '2017-08-11' }
		);
		expect(none.filter((e) => e.type === 'ban-lifted')).toEqual([]);
		const planned = only(events('Kominfo memblokir Telegram. Pemblokiran Telegram akan dicabut setelah Telegram membuat SOP.', { language: 'id', published: '2017-08-11' }), 'ban-lifted');
		expect(planned.status).toBe('planned');
	});

	it('a lifting whose noun names an unknown app does not take an earlier ban\'s target', () => {
		const list = events('Kominfo memblokir Netflix pada 2016. Pemblokiran Qwikvid akan dicabut setelah mendaftar sebagai PSE.', { language: 'id', published: '2017-08-11' });
		expect(list.filter((e) => e.type === 'ban-lifted' && has(e, 'netflix'))).toEqual([]);
	});

	it('"diblokir di Indonesia" names where, not who', () => {
		const ban = only(events('Telegram diblokir di Indonesia pada Selasa (3/7/2018).', { language: 'id' }), 'ban');
		expect(has(ban, 'telegram', 'target')).toBe(true);
		expect(ban.actors.filter((a) => a.role === 'actor')).toEqual([]);
	});

	it('an office opened in a city enters that country: "Grab membuka kantor di Jakarta"', () => {
		const expansion = only(events('Grab membuka kantor di Jakarta pada Selasa (3/7/2018).', { language: 'id' }), 'expansion');
		expect(has(expansion, 'grab', 'actor')).toBe(true);
		expect(expansion.countries).toContain('ID');
	});

	it('"memblokir aplikasi belanja asal China, Temu,": the app named after its description is the target', () => {
		const ban = only(events('Komdigi resmi memblokir aplikasi belanja asal China, Temu, pada Rabu (9/10/2024).', { language: 'id' }), 'ban');
		expect(has(ban, 'id-komdigi', 'actor')).toBe(true);
		expect(has(ban, 'temu', 'target')).toBe(true);
		expect(ban.date).toBe('2024-10-09');
	});

	it('"pemblokiran tersebut" with a party named points at that party\'s block, not the latest one', () => {
		const list = events(
			[
				'Komdigi memblokir aplikasi Temu pada Rabu (9/10/2024).',
				'Sebelumnya, Komdigi juga melarang TikTok Shop beroperasi pada September 2023.',
				'Pihak Temu belum memberikan tanggapan terkait pemblokiran tersebut.'
			].join(' '),
			{ language: 'id' }
		);
		const temu = list.find((e) => has(e, 'temu', 'target'))!;
		const shop = list.find((e) => has(e, 'tiktok-shop', 'target'))!;
		expect(temu.sources.map((s) => s.quote)).toContain('Pihak Temu belum memberikan tanggapan terkait pemblokiran tersebut.');
		expect(shop.sources.map((s) => s.quote)).not.toContain('Pihak Temu belum memberikan tanggapan terkait pemblokiran tersebut.');
	});

	it('"Pertemuan digelar ..., Kamis (16/1/2020)" right after a summons dates it and is one of its sources', () => {
		const list = events(
			'Kominfo memanggil perwakilan Netflix untuk membahas konten negatif. Pertemuan digelar di kantor Kominfo, Jakarta Pusat, Kamis (16/1/2020).',
			{ language: 'id', published: '2020-01-17' }
		);
		const summons = only(list, 'summons');
		expect(summons.date).toBe('2020-01-16');
		expect(summons.sources).toHaveLength(2);
		expect(list.filter((e) => e.type === 'meeting')).toEqual([]);
	});

	it('a post holder set off by commas after a description is a person who speaks, not a company', () => {
		const { events: list, extractor } = extract([
			{ text: 'Juru bicara perusahaan asal China, Li Wei, mengatakan Kominfo memblokir Telegram pada Selasa (3/7/2018).', meta: { language: 'id' } }
		]);
		for (const e of list) for (const a of e.actors) expect(extractor.actor(a.id)?.kind === 'company' && extractor.actor(a.id)?.name === 'Li Wei').toBe(false);
		expect(extractor.contextActors.all().filter((a) => a.kind === 'company').map((a) => a.name)).not.toContain('Li Wei');
	});

	it('an opening "Perusahaan tersebut ..." or "Aplikasi ini ..." names no company', () => {
		const { extractor } = extract([
			{ text: 'Perusahaan tersebut menunjuk Budi Santoso sebagai direktur utama. Aplikasi ini dikembangkan oleh Andi Wijaya sejak 2019.', meta: { language: 'id' } }
		]);
		expect(extractor.contextActors.all().filter((a) => a.kind === 'company').map((a) => a.name)).toEqual([]);
	});

	it('an unknown lender named by what it is', () => {
		const { events: list, extractor } = extract([
			{ text: 'OJK memanggil platform pinjaman online Kredit Kilat Jaya untuk dimintai keterangan, Senin (2/3/2020).', meta: { language: 'id' } }
		]);
		const summons = only(list, 'summons');
		expect(has(summons, 'id-ojk', 'actor')).toBe(true);
		const target = summons.actors.find((a) => a.role === 'target')!;
		expect(extractor.actor(target.id)).toMatchObject({ name: 'Kredit Kilat Jaya', kind: 'company' });
	});

	it('a visit received at the palace, dated from the weekday and the article date', () => {
		const visit = only(
			events('Presiden Joko Widodo menerima kunjungan CEO Microsoft Satya Nadella di Istana Merdeka, Jakarta, Rabu (7/12).', { language: 'id', published: '2022-12-07' }),
			'meeting'
		);
		expect(has(visit, 'microsoft', 'actor')).toBe(true);
		expect(has(visit, 'joko-widodo', 'target')).toBe(true);
		expect(visit.date).toBe('2022-12-07');
		expect(visit.location?.country).toBe('ID');
	});

	it('"menerima" with a guest after it is a visit; with anything else between, no meeting', () => {
		const visit = only(
			events('Presiden Joko Widodo menerima CEO Microsoft Satya Nadella di Istana Merdeka, Jakarta, Selasa (30/4/2024).', { language: 'id', published: '2024-04-30' }),
			'meeting'
		);
		expect(has(visit, 'satya-nadella', 'actor') && has(visit, 'microsoft', 'actor')).toBe(true);
		expect(has(visit, 'joko-widodo', 'target')).toBe(true);
		// The palace is where the guest was received, not a guest.
		expect(has(visit, 'id-presidency', 'actor')).toBe(false);
		expect(visit.date).toBe('2024-04-30');
		const delegation = only(events('Menkominfo Budi Arie Setiadi menerima delegasi Apple di kantornya, Senin (1/4/2024).', { language: 'id' }), 'meeting');
		expect(has(delegation, 'apple', 'actor')).toBe(true);
		const none = events(
			['Kominfo menerima laporan dari Google soal konten ilegal.', 'OJK menerima permohonan izin dari Shopee.', 'Pemerintah Jerman menerima Huawei dalam pembangunan jaringan 5G.'].join('\n\n'),
			{ language: 'id', published: '2024-04-30' }
		);
		expect(none.filter((e) => e.type === 'meeting')).toEqual([]);
	});
});

describe('English news', () => {
	it('"The ban on Line was lifted" is the lifting of the ban told before, by the same government', () => {
		const lift = only(events('China banned Line in 2014. The ban on Line was lifted in 2019, the company said.', { language: 'en', published: '2020-01-01' }), 'ban-lifted');
		expect(has(lift, 'gov-cn', 'actor') && has(lift, 'line', 'target')).toBe(true);
		expect(lift.date).toBe('2019');
	});

	it('in English, "the government" needs a government named before it', () => {
		const list = events('The government blocked Telegram on Friday, July 14, 2017.', { language: 'en', published: '2017-07-15' });
		expect(list.some((e) => e.actors.some((a) => a.id.startsWith('gov-')))).toBe(false);
		const ban = only(
			events("Indonesia's communications ministry said it had summoned Telegram. The government blocked Telegram on Friday, July 14, 2017.", { language: 'en', published: '2017-07-15' }),
			'ban'
		);
		expect(has(ban, 'gov-id', 'actor') && has(ban, 'telegram', 'target')).toBe(true);
	});

	it('"The minister met ..." is the minister named before, and "and the two sides agreed" leaves the meeting its other side', () => {
		const meeting = only(
			events(
				'Industry Minister Agus Gumiwang Kartasasmita said on Monday the ban would stay. The minister met Apple executives in Jakarta on Nov 20 and the two sides agreed to continue negotiations.',
				{ language: 'en', published: '2024-11-25' }
			),
			'meeting'
		);
		expect(has(meeting, 'agus-gumiwang-kartasasmita')).toBe(true);
		expect(has(meeting, 'apple')).toBe(true);
		expect(meeting.date).toBe('2024-11-20');
	});

	it('"The company" after two companies is left unresolved rather than taken for the last one', () => {
		const list = events("Grab acquired Uber's Southeast Asian business. The company said it would invest $500 million in Vietnam.", { language: 'en', published: '2018-03-26' });
		expect(list.filter((e) => e.type === 'expansion' && has(e, 'uber'))).toEqual([]);
	});

	it('an offer to invest is planned, not done', () => {
		const expansion = only(events('Apple has offered to invest $100 million in a factory in Bandung.', { language: 'en', published: '2024-11-25' }), 'expansion');
		expect(expansion.status).toBe('planned');
	});

	it('"in talks with X about a partnership": the talks are the event, with X on the other side', () => {
		const talks = only(events('Grab is also in talks with Vietnamese startup Tiki about a possible partnership.', { language: 'en', published: '2019-03-04' }), 'negotiation');
		expect(has(talks, 'grab')).toBe(true);
		expect(talks.actors.map((a) => a.id)).toContain('tiki');
		expect(talks.status).toBe('ongoing');
	});

	it('"the company" is the company named last; "an investigation into Grab\'s ..." investigates Grab', () => {
		const list = events(
			"Grab said on Monday it had raised new funds. The company is in talks with Vietnamese startup Tiki. Vietnam's competition authority opened an investigation into Grab's acquisition of Uber's local business.",
			{ language: 'en', published: '2019-03-04' }
		);
		expect(has(only(list, 'negotiation'), 'grab')).toBe(true);
		const probe = only(list, 'investigation');
		expect(has(probe, 'gov-vn', 'actor')).toBe(true);
		expect(has(probe, 'grab', 'target')).toBe(true);
	});

	it('a lifted block, the subject given by "it"', () => {
		// 11 August 2017 was a Friday.
		const lift = only(
			events("JAKARTA (Reuters) - Indonesia's communications ministry said on Friday it had lifted a block on Telegram after the company agreed to remove radical content.", {
				language: 'en',
				published: '2017-08-11'
			}),
			'ban-lifted'
		);
		expect(has(lift, 'id-kominfo', 'actor')).toBe(true);
		expect(has(lift, 'telegram', 'target')).toBe(true);
		expect(lift.date).toBe('2017-08-11');
	});

	it('a fine, not a fine on the product the reason mentions', () => {
		// Published Thursday 19 July 2018: "on Wednesday" is 18 July.
		const fine = only(
			events('The European Commission fined Google 4.34 billion euros on Wednesday for abusing the dominance of its Android operating system.', {
				language: 'en',
				published: '2018-07-19'
			}),
			'fine'
		);
		expect(has(fine, 'eu-commission', 'actor')).toBe(true);
		expect(has(fine, 'google', 'target')).toBe(true);
		expect(has(fine, 'android')).toBe(false);
		expect(fine.date).toBe('2018-07-18');
	});

	it('merger talks, a planned investment and a threat', () => {
		const list = events(
			[
				'Grab and Gojek have held talks about a merger, people familiar with the matter said.',
				'Microsoft will invest $1.7 billion in Indonesia over the next four years, Chief Executive Satya Nadella said.',
				"Vietnam's government threatened to shut down TikTok unless it removes harmful content."
			].join('\n\n'),
			{ language: 'en', published: '2024-04-30' }
		);
		const talks = only(list, 'negotiation');
		expect(has(talks, 'grab') && has(talks, 'gojek')).toBe(true);
		const invest = only(list, 'expansion');
		expect(invest.status).toBe('planned');
		expect(invest.countries).toContain('ID');
		expect(has(invest, 'satya-nadella')).toBe(false);
		const threat = only(list, 'ban');
		expect(threat.status).toBe('planned');
		expect(has(threat, 'gov-vn', 'actor')).toBe(true);
		expect(has(threat, 'tiktok', 'target')).toBe(true);
	});

	it('"added Huawei ... to a trade blacklist": the Commerce Department blacklists Huawei', () => {
		// Published Friday 17 May 2019: "on Thursday" is 16 May.
		const ban = only(
			events('WASHINGTON (Reuters) - The U.S. Commerce Department on Thursday added Huawei Technologies Co Ltd to a trade blacklist, a move that will make it difficult for the company to do business with U.S. firms.', {
				language: 'en',
				published: '2019-05-17'
			}),
			'ban'
		);
		expect(has(ban, 'us-commerce', 'actor')).toBe(true);
		expect(has(ban, 'huawei', 'target')).toBe(true);
		expect(ban.status).toBe('occurred');
		expect(ban.cameo).toBe('163');
		expect(ban.date).toBe('2019-05-16');
	});

	it('a chief executive meets a prime minister named only in the text', () => {
		const { events: list, extractor } = extract([
			{ text: 'HANOI - Apple Inc CEO Tim Cook met Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Tuesday, April 16, 2024.', meta: { language: 'en' } }
		]);
		const meeting = only(list, 'meeting');
		expect(has(meeting, 'apple') && has(meeting, 'tim-cook') && has(meeting, 'gov-vn')).toBe(true);
		const pm = meeting.actors.map((a) => extractor.actor(a.id)).find((a) => a?.name === 'Pham Minh Chinh');
		expect(pm?.kind).toBe('person');
		expect(meeting.location).toEqual({ country: 'VN', place: 'Hanoi' });
		expect(meeting.date).toBe('2024-04-16');
	});

	it('"received" a person is a visit; "welcomed" a decision is not', () => {
		const list = events('Indonesian President Joko Widodo received Apple CEO Tim Cook at the presidential palace in Jakarta on Wednesday. Google welcomed the decision.', {
			language: 'en',
			published: '2024-04-17'
		});
		const visit = only(list, 'meeting');
		expect(has(visit, 'tim-cook', 'actor') && has(visit, 'apple', 'actor')).toBe(true);
		expect(has(visit, 'joko-widodo', 'target')).toBe(true);
		expect(has(visit, 'google')).toBe(false);
		expect(visit.date).toBe('2024-04-17');
	});
});

describe('one event across languages', () => {
	it('the same blacklisting told in English and in Indonesian is one event with two sources', () => {
		const { events: list } = extract([
			{
				text: 'The U.S. Commerce Department on Thursday added Huawei Technologies Co Ltd to a trade blacklist.',
				meta: { language: 'en', published: '2019-05-17' }
			},
			{ text: 'Huawei dimasukkan ke daftar hitam oleh Departemen Perdagangan AS pada Kamis (16/5/2019).', meta: { language: 'id', published: '2019-05-18' } }
		]);
		const ban = only(list, 'ban');
		expect(ban.sources.map((s) => s.article).sort()).toEqual(['a0', 'a1']);
		expect(ban.date).toBe('2019-05-16');
	});
});
