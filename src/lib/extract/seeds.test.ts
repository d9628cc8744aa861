/**
 * One extraction test per seed article. Every expectation here comes from reading the article
 * text (quoted in the comments), not from the program's output. Curation is off: the extractor
 * must stand on its own.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Event, EventsFile } from '$lib/schema/events';
import { edtfSpan } from '$lib/dates/edtfSpan';
import { segmentArticle } from './boilerplate';
import { ingest } from '$lib/ingest/run';

let file: EventsFile;
const raw = (id: string) => readFileSync(`data/articles/${id}.txt`, 'utf8');

beforeAll(async () => {
	({ file } = await ingest({ articlesDir: 'data/articles', outFile: 'data/events.json', gazetteerDir: 'data/gazetteer', curationDir: null, workers: 1 }));
});

/** Events of a type that name every one of the given actors. */
function eventsWith(type: Event['type'], ...actors: string[]): Event[] {
	return file.events.filter((e) => e.type === type && actors.every((id) => e.actors.some((a) => a.id === id)));
}
function one(type: Event['type'], ...actors: string[]): Event {
	const found = eventsWith(type, ...actors);
	expect(found, `${type} with ${actors.join(', ')}: ${found.map((e) => e.id).join(' ')}`).toHaveLength(1);
	return found[0]!;
}
const role = (e: Event, id: string) => e.actors.find((a) => a.id === id)?.role;
const quotes = (e: Event, article?: string) => e.sources.filter((s) => !article || s.article === article).map((s) => s.quote);
const articlesOf = (e: Event) => new Set(e.sources.map((s) => s.article));

describe('every seed', () => {
	it('quotes are verbatim slices of the raw article, never from boilerplate', () => {
		for (const event of file.events) {
			for (const s of event.sources) {
				const text = raw(s.article);
				expect(text.slice(s.start, s.end)).toBe(s.quote);
				const { segments } = segmentArticle(text, {});
				const body = segments.filter((g) => g.kind === 'body');
				expect(body.some((g) => g.start <= s.start && s.end <= g.end), `${event.id}: ${s.quote}`).toBe(true);
			}
		}
	});

	it('links to other stories ("Baca juga") yield no events', () => {
		const all = file.events.flatMap((e) => quotes(e)).join('\n');
		for (const headline of ['Meski Trump Cabut Larangan', 'Nokia Belum Jelas', 'Lenovo Merugi', 'Huawei Cloud Lakukan Ini', 'Kehilangan Harta']) {
			expect(all).not.toContain(headline);
		}
		// "Meski Trump Cabut Larangan, Departemen Dagang AS ..." is another story: no lifted ban of Huawei.
		expect(eventsWith('ban-lifted', 'huawei')).toHaveLength(0);
	});

	it('all five articles are ingested and none rejected', () => {
		expect(file.articles.map((a) => a.id).sort()).toEqual([
			'detikinet-kominfo-ott-summons',
			'didikpurwanto-taiwan-probes-xiaomi',
			'kanal247-durov-visits-kominfo',
			'okezone-blackberry-ceo-meets-kominfo',
			'wartaekonomi-huawei-turns-to-russia'
		]);
		expect(file.rejected).toEqual([]);
	});
});

describe('kanal247-durov-visits-kominfo (no publication date)', () => {
	const id = 'kanal247-durov-visits-kominfo';

	it('Durov’s visit is one event on 2017-08-01, told by three articles', () => {
		// "Selasa (1/8), Durov mendatangi kantor Kemenkominfo ..." — 1 August 2017 was a Tuesday,
		// and Rudiantara (named as Menkominfo) was minister only 2014–2019.
		const visits = eventsWith('meeting', 'telegram', 'id-kominfo').filter((e) => e.status === 'occurred');
		expect(visits).toHaveLength(1);
		const visit = visits[0]!;
		expect(visit.date).toBe('2017-08-01');
		expect(visit.dateBasis).toBe('weekday');
		expect(role(visit, 'telegram')).toBe('actor');
		expect(role(visit, 'pavel-durov')).toBe('actor');
		expect(role(visit, 'id-kominfo')).toBe('target');
		expect(quotes(visit, id)).toContain('Selasa (1/8), Durov mendatangi kantor Kemenkominfo di Jalan Medan Merdeka Barat, Gambir, Jakarta Pusat.');
		// detik: "Sebut saja kehadiran CEO Telegram Pavel Durov ..."; okezone: "Setelah Bos Telegram ..."
		expect(articlesOf(visit)).toEqual(new Set([id, 'detikinet-kominfo-ott-summons', 'okezone-blackberry-ceo-meets-kominfo']));
		expect(visit.location?.country).toBe('ID');
		expect(visit.location?.place).toContain('Jakarta Pusat');
	});

	it('Indonesia’s block of Telegram happened before the visit', () => {
		// "Pernyataan pemerintah Indonesia untuk memblokir Telegram sempat menggegerkan publik
		// beberapa waktu lalu" and "pemblokiran tersebut dilakukan lantaran ...".
		const ban = one('ban', 'telegram');
		expect(role(ban, 'telegram')).toBe('target');
		expect(ban.actors.some((a) => a.role === 'actor' && (a.id === 'id-kominfo' || a.id === 'gov-id'))).toBe(true);
		expect(ban.status).toBe('occurred');
		expect(ban.date).toBe('../2017-08-01');
		expect(ban.dateBasis).toBe('relative-estimated');
	});

	it('the agreement and the promise to lift the block', () => {
		// "Dari pertemuan itu dicapai kesepakatan antara pihak Telegram dan Kemenkominfo"
		const agreement = one('agreement', 'telegram', 'id-kominfo');
		expect(agreement.date).toBe('2017-08-01');
		// "Mereka bahkan berjanji akan mencabut pemblokiran tersebut minggu ini."
		const lift = one('ban-lifted', 'telegram', 'id-kominfo');
		expect(lift.status).toBe('planned');
		expect(role(lift, 'telegram')).toBe('target');
		const span = edtfSpan(lift.date!)!;
		expect(span.start).toBeGreaterThanOrEqual(Date.UTC(2017, 7, 1));
		expect(span.end).toBeLessThanOrEqual(Date.UTC(2017, 7, 6, 23, 59, 59, 999));
		// "Mereka juga akan menggelar pertemuan kembali dengan tim teknis"
		const followUp = eventsWith('meeting', 'telegram', 'id-kominfo').filter((e) => e.status === 'planned');
		expect(followUp).toHaveLength(1);
	});

	it('Durov’s offer to block negative content is not a ban by Telegram', () => {
		// "Durov sebelumnya telah memberikan penawaran, termasuk pemblokiran konten negatif."
		expect(file.events.filter((e) => e.type === 'ban' && role(e, 'telegram') === 'actor')).toHaveLength(0);
	});
});

describe('okezone-blackberry-ceo-meets-kominfo (published 2017-08-09, JAKARTA)', () => {
	it('John Chen of BlackBerry visits Rudiantara today, in Jakarta', () => {
		// "Menteri Komunikasi dan Informasi Rudiantara hari ini mendapat kunjungan dari CEO BlackBerry John Chen."
		const meeting = one('meeting', 'blackberry', 'id-kominfo');
		expect(meeting.date).toBe('2017-08-09');
		expect(meeting.dateBasis).toBe('relative');
		expect(role(meeting, 'john-chen')).toBe('actor');
		expect(role(meeting, 'blackberry')).toBe('actor');
		expect(role(meeting, 'rudiantara')).toBe('target');
		expect(meeting.cameo).toBe('042');
		expect(meeting.location).toEqual({ country: 'ID', place: 'Jakarta' });
		// "Kedua petinggi tersebut kemudian melakukan pertemuan tertutup." tells the same meeting.
		expect(quotes(meeting)).toContain('Kedua petinggi tersebut kemudian melakukan pertemuan tertutup.');
	});

	it('BlackBerry plans to enter the Indonesian market', () => {
		// "Menkominfo Rudiantara membenarkan jika BlackBerry akan masuk ke pasar koporasi di Indonesia."
		const expansion = one('expansion', 'blackberry');
		expect(expansion.status).toBe('planned');
		expect(expansion.countries).toContain('ID');
	});

	it('the Google representatives who came before are part of the week’s OTT meetings', () => {
		// "Setelah Bos Telegram dan perwakilan Google, ..." — before 2017-08-09.
		const google = file.events.filter((e) => (e.type === 'meeting' || e.type === 'summons') && e.actors.some((a) => a.id === 'google'));
		expect(google.length).toBeGreaterThan(0);
		expect(google.some((e) => quotes(e, 'okezone-blackberry-ceo-meets-kominfo').length > 0)).toBe(true);
	});
});

describe('detikinet-kominfo-ott-summons (published 2017-08-05)', () => {
	it('Kominfo summoned Facebook, Line, Google and Twitter in the week ending 2017-08-05', () => {
		// "Dalam sepekan ini, ... Kominfo ... rutin melakukan pemanggilan terhadap para penyedia
		// layanan OTT" + "Sebut saja ..., Facebook ..., serta Line, Google, dan Twitter yang juga dipanggil pekan ini."
		const summons = one('summons', 'id-kominfo', 'facebook', 'line', 'google', 'twitter');
		expect(role(summons, 'id-kominfo')).toBe('actor');
		for (const firm of ['facebook', 'line', 'google', 'twitter']) expect(role(summons, firm)).toBe('target');
		expect(summons.date).toBe('2017-07-31/2017-08-05');
	});

	it('Facebook is to open an office in Indonesia', () => {
		// "Facebook yang akan membuka kantor di Indonesia"
		const expansion = one('expansion', 'facebook');
		expect(expansion.status).toBe('planned');
		expect(expansion.countries).toContain('ID');
	});
});

describe('wartaekonomi-huawei-turns-to-russia (no publication date, no year)', () => {
	it('the US blacklisting of Huawei in May, with no year', () => {
		// "Pada bulan Mei, ... Huawei, dimasukkan ke dalam "daftar hitam" ..." and
		// "setelah Washington melarang perusahaan teknologi AS berurusan dengan Huawei".
		const ban = one('ban', 'huawei');
		expect(role(ban, 'huawei')).toBe('target');
		expect(role(ban, 'gov-us')).toBe('actor');
		expect(ban.cameo).toBe('163');
		const span = edtfSpan(ban.date!)!;
		expect(span.unknownYear).toBe(true);
		expect(span.month).toBe(5);
	});

	it('negotiations with Russian firms: Basalt SPO (Alt OS) and Aurora', () => {
		// "Huawei juga sedang melakukan perundingan dengan Basalt SPO, pengembang platform perangkat lunak Rusia"
		const basalt = one('negotiation', 'huawei', 'basalt-spo');
		expect(basalt.status).toBe('ongoing');
		const company = file.actors.find((a) => a.id === 'basalt-spo');
		expect(company).toMatchObject({ kind: 'company', country: 'RU', origin: 'context' });
		// "mulai menegosiasikan penggantian OS Android dengan OS Aurora yang ... dikembangkan oleh perusahaan Rusia"
		const aurora = one('negotiation', 'huawei', 'aurora');
		expect(aurora.actors.some((a) => a.id === 'android' || a.id === 'google')).toBe(false);
		expect(file.actors.find((a) => a.id === 'aurora')).toMatchObject({ kind: 'product', country: 'RU' });
		// "Bulan lalu" with no article date: no date can be given.
		expect(aurora.date).toBeNull();
	});

	it('the pilot with MTS and the leaders’ meetings', () => {
		// "Huawei juga telah meluncurkan proyek percontohan 5G dengan MTS telekomunikasi Rusia."
		one('cooperation', 'huawei', 'mts');
		// "pertemuan para pemimpin Rusia dan Cina"
		one('meeting', 'gov-ru', 'gov-cn');
		// "pertemuan antara Presiden AS, Donald Trump dengan Presiden China Xi Jinping"
		one('meeting', 'donald-trump', 'xi-jinping');
	});
});

describe('didikpurwanto-taiwan-probes-xiaomi (no date at all)', () => {
	it('Taiwan is investigating Xiaomi for three months', () => {
		// "Pemerintah Taiwan sedang menyelidiki apakah Xiaomi Inc ... Penyelidikan akan berlangsung tiga bulan."
		const probe = one('investigation', 'gov-tw', 'xiaomi');
		expect(role(probe, 'gov-tw')).toBe('actor');
		expect(role(probe, 'xiaomi')).toBe('target');
		expect(probe.status).toBe('ongoing');
		expect(probe.duration).toBe('P3M');
		expect(probe.date).toBeNull();
	});

	it('China’s ban on Line, and no ban of Xiaomi', () => {
		// "China melarang penggunaan layanan pesan instan Line yang dimiliki Naver Corp asal Korea Selatan."
		const ban = one('ban', 'line');
		expect(role(ban, 'gov-cn')).toBe('actor');
		// Naver is Line's owner, not a party; Korea is where Naver comes from.
		expect(ban.actors.some((a) => a.id === 'naver')).toBe(false);
		// "belum jelas apakah bisa sampai ke pelarangan penjualan ponsel Xiaomi": only a possibility.
		expect(eventsWith('ban', 'xiaomi')).toHaveLength(0);
	});

	it('Taiwan’s police advise against WeChat since August', () => {
		// "Kepolisian Taiwan juga mendorong karyawan tidak menggunakan layanan pesan instan WeChat, milik Tencent Holdings Ltd sejak Agustus."
		const advice = one('advisory', 'wechat');
		expect(role(advice, 'tw-npa')).toBe('actor');
		expect(advice.actors.some((a) => a.id === 'tencent')).toBe(false);
		const span = edtfSpan(advice.date!)!;
		expect(span.unknownYear).toBe(true);
		expect(span.month).toBe(8);
		expect(span.end).toBeNull();
	});

	it('Xiaomi’s stores in five countries and its aim at three more', () => {
		// "Xiaomi juga telah mendirikan toko ... di Singapura, Malaysia, Indonesia, Filipina, dan India."
		const done = eventsWith('expansion', 'xiaomi').find((e) => e.status === 'occurred')!;
		expect(done.countries).toEqual(expect.arrayContaining(['SG', 'MY', 'ID', 'PH', 'IN']));
		// "Xiaomi juga mengincar ekspansi ke negara Thailand, Brasil, dan Meksiko."
		const planned = eventsWith('expansion', 'xiaomi').find((e) => e.status === 'planned')!;
		expect(planned.countries).toEqual(expect.arrayContaining(['TH', 'BR', 'MX']));
		expect(planned.countries).not.toContain('SG');
	});

	it('habits and refusals are not events', () => {
		// "Perusahaan China dan perusahaan teknologinya sering dituduh melakukan spionase." / "Juru bicara Xiaomi juga menolak berkomentar."
		expect(file.events.filter((e) => e.type === 'accusation')).toHaveLength(0);
	});
});
