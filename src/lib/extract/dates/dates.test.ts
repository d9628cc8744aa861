/**
 * Date phrases in Indonesian and English news. Every expectation below was worked out by hand from
 * a calendar (checked with `date -u -d ...`), not copied from the function's output:
 *   2017-08-01 Tue · 2017-08-03 Thu · 2017-08-04 Fri · 2017-08-05 Sat · 2017-08-06 Sun
 *   2017-08-07 Mon · 2017-08-09 Wed · 2017-07-25 Tue · 2019-07-10 Wed · 2018-08-01 Wed
 *   ISO week of 2017-08-05: Mon 2017-07-31 .. Sun 2017-08-06; of 2017-08-09: 2017-08-07 .. 2017-08-13
 *   1 August fell on a Tuesday in 1995, 2000, 2006, 2017, 2023, 2028 and 2034 (within 1990-2035).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse as parseEdtf } from 'edtf';
import {
	clipToReference,
	findDateMentions,
	findDurations,
	findPublicationDate,
	type DateMention,
	type Lang
} from './index';

type Row = [text: string, edtf: string | null, basis: DateMention['basis'], kind: DateMention['kind'], relation?: DateMention['relation']];
interface Case {
	id: string;
	lang: Lang;
	ref: string | null;
	text: string;
	want: Row[];
}

const id = (id: string, ref: string | null, text: string, want: Row[]): Case => ({ id, lang: 'id', ref, text, want });
const en = (id: string, ref: string | null, text: string, want: Row[]): Case => ({ id, lang: 'en', ref, text, want });

const CASES: Case[] = [
	// --- Indonesian: the phrases from the seed articles --------------------------------------------
	id('durov-weekday-paren', '2017-08-05', 'Selasa (1/8), Durov mendatangi kantor Kemenkominfo di Jalan Medan Merdeka Barat, Gambir, Jakarta Pusat.', [
		['Selasa (1/8)', '2017-08-01', 'explicit-partial', 'point']
	]),
	id('durov-weekday-paren-noref', null, 'Selasa (1/8), Durov mendatangi kantor Kemenkominfo di Jalan Medan Merdeka Barat.', [
		['Selasa (1/8)', null, 'weekday', 'point']
	]),
	id('sepekan-ini', '2017-08-05', 'Jakarta - Dalam sepekan ini, Kementerian Komunikasi dan Informatika (Kominfo) menyita perhatian karena rutin melakukan pemanggilan.', [
		['Dalam sepekan ini', '2017-07-31/2017-08-06', 'relative', 'range', 'present']
	]),
	id('hari-ini', '2017-08-09', 'Menteri Komunikasi dan Informasi Rudiantara hari ini mendapat kunjungan dari CEO BlackBerry John Chen.', [
		['hari ini', '2017-08-09', 'relative', 'point', 'present']
	]),
	id('bulan-lalu', '2019-07-10', 'Bulan lalu, perusahaan telekomunikasi Cina dilaporkan mulai menegosiasikan penggantian OS Android dengan OS Aurora.', [
		['Bulan lalu', '2019-06', 'relative', 'point', 'past']
	]),
	id('pada-bulan-mei-noref', null, 'Pada bulan Mei, pemasok peralatan telekomunikasi terbesar di dunia, Huawei, dimasukkan ke dalam "daftar hitam".', [
		['Pada bulan Mei', 'XXXX-05', 'none', 'point']
	]),
	id('pada-bulan-mei', '2019-07-10', 'Pada bulan Mei, pemasok peralatan telekomunikasi terbesar di dunia, Huawei, dimasukkan ke dalam "daftar hitam".', [
		['Pada bulan Mei', '2019-05', 'explicit-partial', 'point']
	]),
	id('sejak-agustus-noref', null, 'Kepolisian Taiwan juga mendorong karyawan tidak menggunakan layanan pesan instan WeChat, milik Tencent Holdings Ltd sejak Agustus.', [
		// 'XXXX-08/..' (unspecified year, open end) is accepted by the edtf parser (asserted below).
		['sejak Agustus', 'XXXX-08/..', 'none', 'since']
	]),
	id('sejak-agustus', '2015-10-05', 'Kepolisian Taiwan juga mendorong karyawan tidak menggunakan layanan pesan instan WeChat sejak Agustus.', [
		['sejak Agustus', '2015-08/..', 'explicit-partial', 'since']
	]),
	id('beberapa-waktu-lalu', '2017-08-01', 'Pernyataan pemerintah Indonesia untuk memblokir Telegram sempat menggegerkan publik beberapa waktu lalu.', [
		['beberapa waktu lalu', '../2017-08-01', 'relative', 'before', 'past']
	]),
	id('sejak-1949', null, 'Terkait perekonomian, kedua negara juga masih berselisih bahkan sejak 1949.', [['sejak 1949', '1949/..', 'explicit', 'since']]),
	id('minggu-ini-week', '2017-08-05', 'Mereka bahkan berjanji akan mencabut pemblokiran tersebut minggu ini.', [
		['minggu ini', '2017-07-31/2017-08-06', 'relative', 'range', 'present']
	]),
	id('pekan-ini', '2017-08-05', 'Sebut saja Line, Google, dan Twitter yang juga dipanggil pekan ini.', [
		['pekan ini', '2017-07-31/2017-08-06', 'relative', 'range', 'present']
	]),
	id('dateline-in-text', null, 'Sabtu, 05 Ags 2017 12:33 WIB', [['Sabtu, 05 Ags 2017', '2017-08-05', 'explicit', 'point']]),
	id('selama-beberapa-bulan-terakhir', '2019-07-10', 'Selama beberapa bulan terakhir, Huawei telah menghubungi beberapa perusahaan Rusia.', [
		// documented choice: a window of 6 months ending at the reference
		['Selama beberapa bulan terakhir', '2019-01-10/2019-07-10', 'relative', 'range', 'past']
	]),
	id('beberapa-tahun-terakhir', '2019-07-10', 'Hubungan perdagangan antarkedua wilayah juga memanas beberapa tahun terakhir.', [
		['beberapa tahun terakhir', '2014-07-10/2019-07-10', 'relative', 'range', 'past']
	]),

	// --- Indonesian: absolute dates ----------------------------------------------------------------
	id('jumat-paren', '2017-08-05', 'Rudiantara bertemu perwakilan Facebook pada Jumat (4/8) di kantornya.', [['Jumat (4/8)', '2017-08-04', 'explicit-partial', 'point']]),
	id('full-date', null, 'Kesepakatan itu ditandatangani pada 1 Agustus 2017 di Jakarta.', [['1 Agustus 2017', '2017-08-01', 'explicit', 'point']]),
	id('day-range', null, 'Pertemuan lanjutan dengan tim teknis dijadwalkan pada 1-3 Agustus 2017.', [
		['1-3 Agustus 2017', '2017-08-01/2017-08-03', 'explicit', 'range']
	]),
	id('cross-month-range', null, 'Pameran teknologi itu berlangsung 31 Juli-5 Agustus 2017 di JCC Senayan.', [
		['31 Juli-5 Agustus 2017', '2017-07-31/2017-08-05', 'explicit', 'range']
	]),
	id('pada-year', null, 'Layanan itu pertama kali diluncurkan pada 2017 di Indonesia.', [['pada 2017', '2017', 'explicit', 'point']]),
	id('tahun-year', null, 'Aturan registrasi kartu SIM mulai berlaku tahun 2018.', [['tahun 2018', '2018', 'explicit', 'point']]),
	id('kuartal', null, 'Pada kuartal pertama 2019, pengiriman ponsel Xiaomi naik 20 persen.', [
		['kuartal pertama 2019', '2019-01/2019-03', 'explicit', 'range']
	]),
	id('sejak-full-date', null, 'Telegram versi web diblokir sejak 14 Juli 2017.', [['sejak 14 Juli 2017', '2017-07-14/..', 'explicit', 'since']]),
	id('hingga-akhir', null, 'Kominfo memberi tenggat hingga akhir Agustus 2017.', [['hingga akhir Agustus 2017', '../2017-08-31', 'explicit', 'until']]),
	id('numeric-dmy', null, 'Tanggal 1/8/2017 menjadi hari bersejarah bagi Telegram di Indonesia.', [['1/8/2017', '2017-08-01', 'explicit', 'point']]),
	id('iso', null, 'Data Kominfo per 2017-08-01 mencatat 11 juta pengguna.', [['2017-08-01', '2017-08-01', 'explicit', 'point']]),
	id('awal-month-year', null, 'Rapat evaluasi digelar awal Agustus 2017.', [['awal Agustus 2017', '2017-08-01/2017-08-10', 'explicit', 'range']]),
	id('pertengahan-partial', '2017-08-15', 'Ponsel itu dijadwalkan meluncur pertengahan Agustus.', [
		['pertengahan Agustus', '2017-08-11/2017-08-20', 'explicit-partial', 'range']
	]),
	id('akhir-februari-noref', null, 'Kontrak kerja sama itu berakhir akhir Februari.', [['akhir Februari', 'XXXX-02-21/XXXX-02-29', 'none', 'range']]),
	id('year-range', null, 'Program percontohan itu berjalan pada 2015-2019.', [['pada 2015-2019', '2015/2019', 'explicit', 'range']]),
	id('month-range', null, 'Pada Januari-Maret 2019, pengiriman ponsel pintar turun.', [['Januari-Maret 2019', '2019-01/2019-03', 'explicit', 'range']]),
	id('semester', null, 'Penjualan ditargetkan naik pada semester kedua 2018.', [['semester kedua 2018', '2018-07/2018-12', 'explicit', 'range']]),
	id('akhir-year', null, 'Layanan itu ditargetkan hadir akhir 2017.', [['akhir 2017', '2017-09/2017-12', 'explicit', 'range']]),
	id('sejak-hingga', '2017-08-09', 'Layanan itu terganggu sejak Mei hingga Agustus 2017.', [['sejak Mei hingga Agustus 2017', '2017-05/2017-08', 'explicit', 'range']]),
	id('sampai-dengan', null, 'Program itu berlaku sampai dengan 31 Desember 2017.', [['sampai dengan 31 Desember 2017', '../2017-12-31', 'explicit', 'until']]),
	id('cross-year-range', null, 'Libur panjang berlangsung 28 Desember-2 Januari 2018.', [
		['28 Desember-2 Januari 2018', '2017-12-28/2018-01-02', 'explicit', 'range']
	]),
	id('sejak-awal-year', null, 'Sejak awal 2019, Huawei memperluas jaringannya di Rusia.', [['Sejak awal 2019', '2019-01/..', 'explicit', 'since']]),
	id('months-across-new-year', '2017-08-09', 'Kontrak promosi itu berlaku November hingga Februari.', [
		// November 2016 is the latest November on/before the reference; February follows it
		['November hingga Februari', '2016-11/2017-02', 'explicit-partial', 'range']
	]),
	id('weekday-full-date', null, 'Selasa, 1 Agustus 2017 - 10:15', [['Selasa, 1 Agustus 2017', '2017-08-01', 'explicit', 'point']]),

	// --- Indonesian: partial dates (year from the reference) ---------------------------------------
	id('minggu-sunday', '2017-08-09', 'Minggu (6/8) Rudiantara menghadiri acara komunitas di Bandung.', [['Minggu (6/8)', '2017-08-06', 'explicit-partial', 'point']]),
	id('weekday-mismatch', '2017-08-05', 'Rabu (1/8), Kominfo menggelar rapat koordinasi.', [
		// 1 Aug 2017 was a Tuesday: keep the date, flag it uncertain
		['Rabu (1/8)', '2017-08-01?', 'explicit-partial', 'point']
	]),
	id('sejak-day-month', '2017-07-20', 'Aturan itu berlaku sejak 1 Agustus.', [['sejak 1 Agustus', '2016-08-01/..', 'explicit-partial', 'since']]),
	id('day-month-mendatang', '2017-07-20', 'Aturan itu berlaku 1 Agustus mendatang.', [['1 Agustus mendatang', '2017-08-01', 'explicit-partial', 'point', 'future']]),
	id('day-month-noref', null, 'Aturan itu berlaku 1 Agustus.', [['1 Agustus', 'XXXX-08-01', 'none', 'point']]),
	id('paren-sentence-start', '2017-08-05', '(1/8), Durov mendatangi kantor Kemenkominfo.', [['(1/8)', '2017-08-01', 'explicit-partial', 'point']]),
	id('kemarin-paren', '2017-08-05', 'Kemarin (4/8), Kominfo memanggil perwakilan Google.', [['Kemarin (4/8)', '2017-08-04', 'explicit-partial', 'point', 'past']]),
	id('mei-lalu', '2017-08-05', 'Mei lalu, Kominfo meminta Telegram menutup kanal-kanal teroris.', [['Mei lalu', '2017-05', 'explicit-partial', 'point', 'past']]),
	id('mei-tahun-lalu', '2017-08-05', 'Kebijakan itu diumumkan Mei tahun lalu.', [['Mei tahun lalu', '2016-05', 'explicit-partial', 'point', 'past']]),
	id('oktober-mendatang', '2017-08-05', 'Facebook akan membuka kantor di Jakarta pada Oktober mendatang.', [
		['pada Oktober mendatang', '2017-10', 'explicit-partial', 'point', 'future']
	]),
	id('hingga-mei', '2017-08-05', 'Status pemblokiran berlaku hingga Mei.', [['hingga Mei', '../2017-05', 'explicit-partial', 'until']]),
	id('hingga-mei-noref', null, 'Status pemblokiran berlaku hingga Mei.', [['hingga Mei', '../XXXX-05', 'none', 'until']]),

	// --- Indonesian: weekdays alone ------------------------------------------------------------------
	id('selasa-lalu', '2017-08-05', 'Kominfo memanggil Telegram Selasa lalu.', [['Selasa lalu', '2017-08-01', 'relative', 'point', 'past']]),
	id('pada-selasa-same-day', '2017-08-01', 'Rudiantara menerima Durov pada Selasa.', [['pada Selasa', '2017-08-01', 'relative', 'point']]),
	id('selasa-lalu-on-tuesday', '2017-08-01', 'Durov sudah datang Selasa lalu.', [['Selasa lalu', '2017-07-25', 'relative', 'point', 'past']]),
	id('senin-depan', '2017-08-05', 'Kominfo akan memanggil Twitter Senin depan.', [['Senin depan', '2017-08-07', 'relative', 'point', 'future']]),
	id('antara-style', '2017-08-05', 'Hal itu disampaikan Rudiantara di Jakarta, Kamis.', [['Kamis', '2017-08-03', 'relative', 'point']]),
	id('minggu-lalu-is-week', '2017-08-09', 'Minggu lalu, Kominfo memanggil Google dan Twitter.', [
		// documented choice: "Minggu lalu" reads as "last week", not "last Sunday"
		['Minggu lalu', '2017-07-31/2017-08-06', 'relative', 'range', 'past']
	]),
	id('kamis-pekan-lalu', '2017-08-09', 'Kamis pekan lalu, Kominfo memanggil perwakilan Google.', [['Kamis pekan lalu', '2017-08-03', 'relative', 'point', 'past']]),
	id('selasa-ini', '2017-07-31', 'Kominfo akan memanggil Telegram Selasa ini.', [['Selasa ini', '2017-08-01', 'relative', 'point', 'present']]),
	id('setiap-senin', '2017-08-05', 'Rapat koordinasi digelar setiap Senin di Kominfo.', []),

	// --- Indonesian: relative phrases ------------------------------------------------------------------
	id('kemarin', '2017-08-02', 'Kemarin, Rudiantara menerima kunjungan CEO Telegram Pavel Durov.', [['Kemarin', '2017-08-01', 'relative', 'point', 'past']]),
	id('besok', '2017-08-05', 'Pertemuan teknis akan digelar besok di Gedung Kominfo.', [['besok', '2017-08-06', 'relative', 'point', 'future']]),
	id('kemarin-lusa', '2017-08-05', 'Pemblokiran sebagian layanan dicabut kemarin lusa.', [['kemarin lusa', '2017-08-03', 'relative', 'point', 'past']]),
	id('lusa', '2017-08-05', 'Tim teknis kedua pihak akan bertemu lagi lusa.', [['lusa', '2017-08-07', 'relative', 'point', 'future']]),
	id('pekan-lalu', '2017-08-09', 'Kominfo memanggil perwakilan Line pekan lalu.', [['pekan lalu', '2017-07-31/2017-08-06', 'relative', 'range', 'past']]),
	id('pekan-depan', '2017-08-05', 'Pertemuan lanjutan digelar pekan depan.', [['pekan depan', '2017-08-07/2017-08-13', 'relative', 'range', 'future']]),
	id('bulan-depan', '2017-08-05', 'Facebook akan membuka kantor perwakilan bulan depan.', [['bulan depan', '2017-09', 'relative', 'point', 'future']]),
	id('tahun-lalu', '2017-08-05', 'Penjualan ponsel BlackBerry turun tajam tahun lalu.', [['tahun lalu', '2016', 'relative', 'point', 'past']]),
	id('tahun-ini', '2017-08-05', 'Target itu dipasang untuk tahun ini.', [['tahun ini', '2017', 'relative', 'point', 'present']]),
	id('tahun-depan', '2017-08-05', 'Regulasi baru soal OTT diperkirakan terbit tahun depan.', [['tahun depan', '2018', 'relative', 'point', 'future']]),
	id('awal-bulan-ini', '2017-08-15', 'Sistem penyaringan konten itu diuji coba awal bulan ini.', [
		['awal bulan ini', '2017-08-01/2017-08-10', 'relative', 'range', 'present']
	]),
	id('akhir-pekan-ini', '2017-08-09', 'Rudiantara dijadwalkan berkunjung ke Singapura akhir pekan ini.', [
		['akhir pekan ini', '2017-08-12/2017-08-13', 'relative', 'range', 'present']
	]),
	id('baru-baru-ini', '2019-07-10', 'Huawei telah mengintensifkan kehadirannya di pasar Rusia baru-baru ini.', [
		['baru-baru ini', '../2019-07-10', 'relative', 'before', 'past']
	]),
	id('belum-lama-ini', '2017-08-05', 'Akun propaganda itu dinonaktifkan belum lama ini.', [['belum lama ini', '../2017-08-05', 'relative', 'before', 'past']]),
	id('beberapa-hari-lalu', '2017-08-09', 'Kominfo menerima laporan soal kanal teroris beberapa hari lalu.', [
		['beberapa hari lalu', '2017-08-02/2017-08-08', 'relative', 'range', 'past']
	]),
	id('dua-hari-lalu', '2017-08-05', 'Durov mengaku baru menerima email itu dua hari lalu.', [['dua hari lalu', '2017-08-03', 'relative', 'point', 'past']]),
	id('3-hari-yang-lalu', '2017-08-05', 'Email tersebut dikirim 3 hari yang lalu.', [['3 hari yang lalu', '2017-08-02', 'relative', 'point', 'past']]),
	id('seminggu-lalu', '2017-08-05', 'Akun tersebut dibuat seminggu lalu.', [['seminggu lalu', '2017-07-29', 'relative', 'point', 'past']]),
	id('sebulan-lalu', '2017-08-05', 'Aplikasi itu diblokir sebulan lalu.', [['sebulan lalu', '2017-07', 'relative', 'point', 'past']]),
	id('dua-bulan-lalu', '2019-07-10', 'Negosiasi lisensi sistem operasi Alt dimulai dua bulan lalu.', [['dua bulan lalu', '2019-05', 'relative', 'point', 'past']]),
	id('ke-depan', '2017-08-05', 'Facebook akan membuka kantor dalam tiga bulan ke depan.', [
		['dalam tiga bulan ke depan', '2017-08-05/2017-11-05', 'relative', 'range', 'future']
	]),
	id('relative-noref', null, 'Kominfo memanggil Google kemarin dan akan memanggil Twitter pekan depan.', [
		['kemarin', null, 'none', 'point', 'past'],
		['pekan depan', null, 'none', 'range', 'future']
	]),
	id('selasa-lalu-noref', null, 'Kominfo memanggil Telegram Selasa lalu.', [['Selasa lalu', null, 'none', 'point', 'past']]),

	// --- Indonesian: not dates ---------------------------------------------------------------------------
	id('neg-price', '2017-08-05', 'Waduh! Pasar PC Lesu, Lenovo Merugi Rp962 Miliar', []),
	id('neg-5g', '2017-08-05', 'Huawei juga telah meluncurkan proyek percontohan 5G dengan MTS telekomunikasi Rusia.', []),
	id('neg-g20', '2017-08-05', 'Upaya perdamaian sudah berlangsung saat KTT G-20 di Osaka, Jepang.', []),
	id('neg-time', '2017-08-05', 'Konferensi pers dimulai pukul 12:33.', []),
	id('neg-fraction', '2017-08-05', 'Pemerintah menguasai (1/3) dari saham perusahaan itu.', []),
	id('neg-percent', '2017-08-05', 'Pangsa pasar Xiaomi naik 2,5 persen menjadi 20%.', []),
	id('neg-phone', '2017-08-05', 'Hubungi layanan pelanggan di 021-3452841 atau 0812-3456-7890.', []),
	id('neg-version', '2017-08-05', 'Ponsel itu menjalankan Android 10 dan iOS 13.', []),
	id('neg-quantity', '2017-08-05', 'Sebanyak 2017 unit ponsel terjual.', []),
	id('neg-sebelumnya', '2017-08-09', 'Sebelumnya, BlackBerry memutuskan untuk beralih ke pelayanan software.', []),
	id('neg-24-7', '2017-08-05', 'Layanan pelanggan tersedia 24/7 bagi pengguna.', []),
	id('neg-score', '2017-08-05', 'Skor akhir pertandingan (2/1) untuk tim tamu.', []),

	// --- English -------------------------------------------------------------------------------------------
	en('en-weekday-full-date', null, 'JAKARTA (Reuters) - The company said on Tuesday, Aug. 1, 2017 that it would comply.', [
		['Tuesday, Aug. 1, 2017', '2017-08-01', 'explicit', 'point']
	]),
	en('en-on-tuesday', '2017-08-05', 'Telegram founder Pavel Durov met the minister on Tuesday.', [['on Tuesday', '2017-08-01', 'relative', 'point']]),
	en('en-last-tuesday', '2017-08-01', 'The ministry said last Tuesday that the block would stay.', [['last Tuesday', '2017-07-25', 'relative', 'point', 'past']]),
	en('en-next-monday', '2017-08-05', 'Talks with Google will resume next Monday.', [['next Monday', '2017-08-07', 'relative', 'point', 'future']]),
	en('en-tuesday-last-week', '2017-08-09', 'The ministry said on Tuesday last week that talks would resume.', [
		['on Tuesday last week', '2017-08-01', 'relative', 'point', 'past']
	]),
	en('en-between-years', null, 'Between 2015 and 2019, smartphone sales rose.', [['Between 2015 and 2019', '2015/2019', 'explicit', 'range']]),
	en('en-end-of-year', '2017-08-05', 'The rules must be in place by the end of the year.', [['by the end of the year', '../2017-12', 'relative', 'until']]),
	en('en-ap-style', '2017-08-05', 'The company said Tuesday that it had removed the channels.', [['Tuesday', '2017-08-01', 'relative', 'point']]),
	en('en-in-year', null, 'Taiwan said it would complete its review of Xiaomi in 2019.', [['in 2019', '2019', 'explicit', 'point']]),
	en('en-since-year', null, 'The two sides have been at odds since 1949.', [['since 1949', '1949/..', 'explicit', 'since']]),
	en('en-month-day-year', null, 'The agreement was signed on August 1, 2017.', [['August 1, 2017', '2017-08-01', 'explicit', 'point']]),
	en('en-day-month-year', null, 'It was signed on 1 August 2017 in Jakarta.', [['1 August 2017', '2017-08-01', 'explicit', 'point']]),
	en('en-quarter', null, 'Smartphone shipments fell in the first quarter of 2019.', [['the first quarter of 2019', '2019-01/2019-03', 'explicit', 'range']]),
	en('en-q1', null, 'Q1 2019 revenue rose 12 percent.', [['Q1 2019', '2019-01/2019-03', 'explicit', 'range']]),
	en('en-late-month', null, 'The probe is expected to conclude in late August 2017.', [['late August 2017', '2017-08-21/2017-08-31', 'explicit', 'range']]),
	en('en-mid-month', null, 'Shipments resumed in mid-August 2017.', [['mid-August 2017', '2017-08-11/2017-08-20', 'explicit', 'range']]),
	en('en-in-may', '2019-07-10', 'Huawei was added to the entity list in May.', [['in May', '2019-05', 'explicit-partial', 'point']]),
	en('en-last-may', '2019-07-10', 'Huawei was blacklisted last May.', [['last May', '2019-05', 'explicit-partial', 'point', 'past']]),
	en('en-next-august', '2017-08-05', 'The company plans to open an office next August.', [['next August', '2018-08', 'explicit-partial', 'point', 'future']]),
	en('en-until-may-noref', null, 'The block will stay until May.', [['until May', '../XXXX-05', 'none', 'until']]),
	en('en-next-month', '2017-08-05', 'The new rules take effect next month.', [['next month', '2017-09', 'relative', 'point', 'future']]),
	en('en-last-week', '2017-08-09', 'Google was summoned last week.', [['last week', '2017-07-31/2017-08-06', 'relative', 'range', 'past']]),
	en('en-this-week', '2017-08-05', 'The minister met Facebook executives this week.', [['this week', '2017-07-31/2017-08-06', 'relative', 'range', 'present']]),
	en('en-last-year', '2017-08-05', 'Revenue grew 20% last year.', [['last year', '2016', 'relative', 'point', 'past']]),
	en('en-yesterday', '2017-08-05', 'The company said yesterday it had blocked the channels.', [['yesterday', '2017-08-04', 'relative', 'point', 'past']]),
	en('en-tomorrow', '2017-08-05', 'The regulator will announce its decision tomorrow.', [['tomorrow', '2017-08-06', 'relative', 'point', 'future']]),
	en('en-today', '2017-08-05', 'Sales were flat today, the company said.', [['today', '2017-08-05', 'relative', 'point', 'present']]),
	en('en-two-days-ago', '2017-08-05', 'The app was banned two days ago.', [['two days ago', '2017-08-03', 'relative', 'point', 'past']]),
	en('en-a-week-ago', '2017-08-05', 'The account was created a week ago.', [['a week ago', '2017-07-29', 'relative', 'point', 'past']]),
	en('en-recently', '2017-08-05', 'The ministry has recently stepped up pressure on messaging apps.', [['recently', '../2017-08-05', 'relative', 'before', 'past']]),
	en('en-earlier-this-month', '2017-08-09', 'Earlier this month, the firm opened an office in Jakarta.', [
		['Earlier this month', '2017-08-01/2017-08-09', 'relative', 'range', 'past']
	]),
	en('en-earlier-this-year', '2017-08-09', 'Earlier this year, Xiaomi launched its first store in Indonesia.', [
		['Earlier this year', '2017-01-01/2017-08-09', 'relative', 'range', 'past']
	]),
	en('en-late-last-year', '2017-08-05', 'The firm began restructuring late last year.', [['late last year', '2016-09/2016-12', 'relative', 'range', 'past']]),
	en('en-past-three-months', '2019-07-10', 'Over the past three months, Huawei approached Russian firms.', [
		['Over the past three months', '2019-04-10/2019-07-10', 'relative', 'range', 'past']
	]),
	en('en-recent-months', '2019-07-10', 'In recent months, regulators have questioned the company.', [
		['In recent months', '2019-01-10/2019-07-10', 'relative', 'range', 'past']
	]),
	en('en-from-to', null, 'Talks were held from May to August 2019.', [['from May to August 2019', '2019-05/2019-08', 'explicit', 'range']]),
	en('en-numeric-mdy', null, 'The filing dated 8/1/2017 shows the change.', [['8/1/2017', '2017-08-01', 'explicit', 'point']]),
	en('en-day-range', null, 'The hearings ran Aug. 1-3, 2017 in Taipei.', [['Aug. 1-3, 2017', '2017-08-01/2017-08-03', 'explicit', 'range']]),
	en('en-second-half', null, 'Profit rose in the second half of 2018.', [['the second half of 2018', '2018-07/2018-12', 'explicit', 'range']]),
	en('en-weekday-noref', null, 'Tuesday, Aug. 1 - The ministry met Telegram executives.', [['Tuesday, Aug. 1', null, 'weekday', 'point']]),
	en('en-neg-names', '2017-08-05', 'Black Friday sales were strong, the Sunday Times reported.', []),
	en('en-neg-every', '2017-08-05', 'Compliance meetings are held every Monday.', []),
	en('en-neg-numbers', '2017-08-05', 'Its 5G rollout, the Android 10 update and the G-20 summit at 12:33 lifted shares 20%.', [])
];

const run = (c: Case): DateMention[] =>
	findDateMentions(c.text, { lang: c.lang, reference: c.ref ? { date: c.ref, basis: 'published' } : null });

function asRows(mentions: DateMention[], want: Row[]): Row[] {
	return mentions.map((m, i) => {
		const row: Row = [m.text, m.edtf, m.basis, m.kind];
		if (want[i]?.[4] !== undefined) row.push(m.relation);
		return row;
	});
}

/** Every EDTF string the tests see, for the validity check at the end. */
const seenEdtf = new Set<string>();

describe('findDateMentions: news phrasing table', () => {
	it('has at least 60 cases in both languages', () => {
		expect(CASES.length).toBeGreaterThanOrEqual(60);
		expect(CASES.filter((c) => c.lang === 'en').length).toBeGreaterThanOrEqual(20);
		expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
	});

	it.each(CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
		const mentions = run(c);
		expect(asRows(mentions, c.want)).toEqual(c.want);
		for (const m of mentions) {
			expect(c.text.slice(m.start, m.end)).toBe(m.text);
			if (m.edtf) seenEdtf.add(m.edtf);
			for (const d of m.candidates ?? []) seenEdtf.add(d);
		}
		for (const [, edtf] of c.want) if (edtf) seenEdtf.add(edtf);
	});
});

describe('findDateMentions: weekday + day/month without a reference', () => {
	it('lists every year in range where 1 August is a Tuesday', () => {
		const [m] = findDateMentions('Selasa (1/8), Durov mendatangi kantor Kemenkominfo', { lang: 'id', reference: null });
		expect(m).toMatchObject({ text: 'Selasa (1/8)', edtf: null, basis: 'weekday' });
		expect(m!.candidates).toContain('2017-08-01');
		expect(m!.candidates).toContain('2023-08-01');
		expect(m!.candidates).toContain('2006-08-01');
		expect(m!.candidates).not.toContain('2018-08-01');
		expect(m!.candidates).toEqual(['1995-08-01', '2000-08-01', '2006-08-01', '2017-08-01', '2023-08-01', '2028-08-01', '2034-08-01']);
	});

	it('honours yearRange', () => {
		const [m] = findDateMentions('Selasa (1/8), Durov datang.', { lang: 'id', reference: null, yearRange: [2015, 2020] });
		expect(m!.candidates).toEqual(['2017-08-01']);
	});

	it('works in English', () => {
		const [m] = findDateMentions('Tuesday, Aug. 1 - The ministry met Telegram.', { lang: 'en', reference: null });
		expect(m!.candidates).toContain('2017-08-01');
		expect(m!.candidates).not.toContain('2018-08-01');
	});

	it('29 February only in leap years', () => {
		const [m] = findDateMentions('Kamis (29/2), Kominfo menggelar rapat.', { lang: 'id', reference: null, yearRange: [2000, 2030] });
		// 29 Feb fell on a Thursday in 2024 (and in 1996, 2052: out of range)
		expect(m!.candidates).toEqual(['2024-02-29']);
	});
});

describe('findDateMentions: offsets and ordering on a whole article', () => {
	const article = [
		'Sabtu, 05 Ags 2017 12:33 WIB',
		'',
		'Jakarta - Dalam sepekan ini, Kominfo memanggil Line, Google, dan Twitter. Selasa (1/8), CEO Telegram Pavel Durov datang.',
		'Rudiantara mengatakan, kemarin (4/8) Kominfo juga menerima Facebook yang akan membuka kantor bulan depan.',
		'Pemblokiran berlaku sejak 14 Juli 2017 hingga akhir Agustus. Lenovo merugi Rp962 Miliar pada kuartal pertama 2017.',
		'“Kami sepakat secara global,” ujar Durov, Selasa lalu. Kerja sama itu berlangsung pada 2015-2019.'
	].join('\n');
	const mentions = findDateMentions(article, { lang: 'id', reference: { date: '2017-08-05', basis: 'published' } });

	it('slices back to the mention text, sorted and non-overlapping', () => {
		expect(mentions.length).toBeGreaterThanOrEqual(9);
		let last = -1;
		for (const m of mentions) {
			expect(article.slice(m.start, m.end)).toBe(m.text);
			expect(m.start).toBeGreaterThanOrEqual(last);
			last = m.end;
			if (m.edtf) seenEdtf.add(m.edtf);
		}
	});

	it('reads the expected phrases', () => {
		expect(mentions.map((m) => [m.text, m.edtf])).toEqual([
			['Sabtu, 05 Ags 2017', '2017-08-05'],
			['Dalam sepekan ini', '2017-07-31/2017-08-06'],
			['Selasa (1/8)', '2017-08-01'],
			['kemarin (4/8)', '2017-08-04'],
			['bulan depan', '2017-09'],
			// one range: the year-less right side takes the left side's year
			['sejak 14 Juli 2017 hingga akhir Agustus', '2017-07-14/2017-08-31'],
			['kuartal pertama 2017', '2017-01/2017-03'],
			['Selasa lalu', '2017-08-01'],
			['pada 2015-2019', '2015/2019']
		]);
	});
});

describe('findDateMentions: purity', () => {
	afterEach(() => vi.useRealTimers());

	it('does not depend on the current date', () => {
		const text = 'Kominfo memanggil Google kemarin, pekan lalu, dan Selasa lalu; Mei lalu; hari ini.';
		const opts = { lang: 'id' as const, reference: { date: '2017-08-05', basis: 'published' as const } };
		const before = findDateMentions(text, opts);
		vi.useFakeTimers();
		vi.setSystemTime(new Date(Date.UTC(2031, 4, 5, 12)));
		expect(findDateMentions(text, opts)).toEqual(before);
		expect(findDateMentions('hari ini', { lang: 'id', reference: null })[0]).toMatchObject({ edtf: null, basis: 'none' });
	});
});

describe('clipToReference', () => {
	it('clips a week containing the reference to its past part', () => {
		const [m] = findDateMentions('Dalam sepekan ini', { lang: 'id', reference: { date: '2017-08-05', basis: 'published' } });
		expect(m!.edtf).toBe('2017-07-31/2017-08-06');
		expect(clipToReference(m!.edtf!, '2017-08-05', 'past')).toBe('2017-07-31/2017-08-05');
	});
	it('clips to the future part', () => {
		expect(clipToReference('2017-07-31/2017-08-06', '2017-08-05', 'future')).toBe('2017-08-05/2017-08-06');
	});
	it('leaves ranges without the reference unchanged', () => {
		expect(clipToReference('2017-07-01/2017-07-10', '2017-08-05', 'past')).toBe('2017-07-01/2017-07-10');
		expect(clipToReference('2017-08-01', '2017-08-05', 'past')).toBe('2017-08-01');
		expect(clipToReference('2017-08-01?', '2017-08-05', 'past')).toBe('2017-08-01?');
		expect(clipToReference('XXXX-08', '2017-08-05', 'past')).toBe('XXXX-08');
	});
	it('handles month precision, open ends and a reference on an endpoint', () => {
		expect(clipToReference('2017-08', '2017-08-05', 'past')).toBe('2017-08-01/2017-08-05');
		expect(clipToReference('2017-08/..', '2017-08-05', 'past')).toBe('2017-08/2017-08-05');
		expect(clipToReference('../2017-08-10', '2017-08-05', 'future')).toBe('2017-08-05/2017-08-10');
		expect(clipToReference('2017-08-05/2017-08-10', '2017-08-05', 'past')).toBe('2017-08-05');
	});
	it('returns valid EDTF', () => {
		for (const s of [
			clipToReference('2017-07-31/2017-08-06', '2017-08-05', 'past'),
			clipToReference('2017-08', '2017-08-05', 'future'),
			clipToReference('2017/..', '2017-08-05', 'past')
		])
			seenEdtf.add(s);
	});
});

describe('findPublicationDate', () => {
	it('reads a detik dateline', () => {
		const text = 'Sabtu, 05 Ags 2017 12:33 WIB\n\nWawancara Khusus\n\nJurus Menkominfo PDKT dengan Facebook Cs\n';
		const p = findPublicationDate(text);
		expect(p).toEqual({ date: '2017-08-05', start: 0, end: 28 });
		expect(text.slice(p!.start, p!.end)).toBe('Sabtu, 05 Ags 2017 12:33 WIB');
	});
	it.each([
		['Selasa, 1 Agustus 2017 - 10:15\nKominfo Cabut Blokir Telegram\n'],
		['Indonesia to unblock Telegram\nTuesday, August 1, 2017 10:15 AM\nBy Reuters Staff\n'],
		['Indonesia to unblock Telegram\nPublished: 1 August 2017\n\nJAKARTA (Reuters) - Indonesia will lift its ban.'],
		['Kominfo Cabut Blokir Telegram\nKompas.com - 01/08/2017, 10:15 WIB\n\nJAKARTA, KOMPAS.com - Kominfo mencabut blokir.']
	])('reads %j as 2017-08-01', (text) => {
		const p = findPublicationDate(text);
		expect(p?.date).toBe('2017-08-01');
		expect(text.slice(p!.start, p!.end)).toMatch(/2017|08/);
	});
	it('prefers the published line over the updated one', () => {
		expect(findPublicationDate('Published: 1 August 2017\nUpdated: 3 August 2017 10:00\n')?.date).toBe('2017-08-01');
		expect(findPublicationDate('Judul\nDiperbarui: Kamis, 3 Agustus 2017 10:00 WIB\n')?.date).toBe('2017-08-03');
	});
	it('ignores a date in body prose', () => {
		const text =
			"'Perjuangkan' Nasib Telegram di Indonesia\n\n" +
			'Kanal247.com - Pada Selasa, 1 Agustus 2017, CEO Telegram Pavel Durov mendatangi kantor Kemenkominfo di Jakarta Pusat.\n' +
			'Dari pertemuan itu dicapai kesepakatan untuk bersama-sama memerangi konten negatif.\n';
		expect(findPublicationDate(text)).toBeNull();
		expect(findPublicationDate('Selasa (1/8), Durov mendatangi kantor Kemenkominfo.\n')).toBeNull();
	});
	it('only looks near the top', () => {
		const filler = 'Kominfo memanggil penyedia layanan over the top untuk membahas konten negatif di internet. '.repeat(8);
		expect(filler.length).toBeGreaterThan(600);
		expect(findPublicationDate(`Judul\n${filler}\nSabtu, 05 Ags 2017 12:33 WIB\n`)).toBeNull();
	});
});

describe('findDurations', () => {
	it('reads the Taiwan/Xiaomi probe length', () => {
		const text = 'Penyelidikan akan berlangsung tiga bulan.';
		const d = findDurations(text, 'id');
		expect(d).toEqual([{ start: 18, end: 40, text: 'berlangsung tiga bulan', iso: 'P3M' }]);
		expect(text.slice(d[0]!.start, d[0]!.end)).toBe(d[0]!.text);
	});
	it.each([
		['Pemerintah memblokir layanan itu selama tiga bulan.', 'selama tiga bulan', 'P3M'],
		['Kominfo memberi tenggat waktu sepekan.', 'tenggat waktu sepekan', 'P1W'],
		['Izin itu berlaku selama setahun.', 'berlaku selama setahun', 'P1Y'],
		['Uji coba berlangsung selama dua belas hari.', 'berlangsung selama dua belas hari', 'P12D'],
		['Konsesi itu berlaku selama dua puluh lima tahun.', 'berlaku selama dua puluh lima tahun', 'P25Y'],
		['Layanan sempat terganggu selama 24 jam.', 'selama 24 jam', 'PT24H'],
		['Proyek itu rampung dalam waktu 1,5 tahun.', 'dalam waktu 1,5 tahun', 'P1.5Y'],
		['Akses diblokir selama sebulan.', 'selama sebulan', 'P1M']
	])('id: %s', (text, phrase, iso) => {
		expect(findDurations(text, 'id').map((d) => [d.text, d.iso])).toEqual([[phrase, iso]]);
	});
	it.each([
		['Taiwan will investigate Xiaomi for three months.', 'for three months', 'P3M'],
		['Regulators opened a two-week probe into the app.', 'two-week', 'P2W'],
		['The 90-day review ends in May.', '90-day', 'P90D'],
		['The ban will last for a year.', 'for a year', 'P1Y'],
		['The outage lasted twenty-one days.', 'lasted twenty-one days', 'P21D']
	])('en: %s', (text, phrase, iso) => {
		expect(findDurations(text, 'en').map((d) => [d.text, d.iso])).toEqual([[phrase, iso]]);
	});
	it('does not read dates as durations', () => {
		expect(findDurations('Dalam sepekan ini, Kominfo memanggil Facebook.', 'id')).toEqual([]);
		expect(findDurations('Email itu dikirim tiga hari lalu.', 'id')).toEqual([]);
		expect(findDurations('The company was founded two years ago.', 'en')).toEqual([]);
	});
});

describe('findDateMentions: invariants on random token soup', () => {
	// Seeded, so failures are reproducible. Words chosen to collide: weekdays, months, numbers, markers.
	const TOKENS = (
		"Selasa Minggu minggu (1/8) (31/2) (29/2) 1/8 1 31 29 2017 1949 2100 Agustus Ags. Feb Februari Mei May Aug. August Tuesday Sun " +
		'lalu depan ini mendatang tahun bulan pekan hari sejak hingga since until from to - – , . ( ) awal akhir pertengahan early late mid- ' +
		'kuartal pertama Q1 H2 first quarter half of the last next this beberapa dua tiga sebulan sepekan terakhir ke yang kemarin besok lusa ' +
		"today yesterday ago days weeks year in on pada dalam selama 12:33 Rp962 5G G-20 persen % dari antara between and dan WIB earlier " +
		"recently baru-baru 2017-08-01 2017-02-30 Kamis Jum'at Ahad setiap every s.d. s/d sampai dengan (Selasa) Senin, Rabu."
	).split(' ');
	const refs = [null, '2017-08-05', '2016-02-29', '2000-01-01', '2035-12-31'];
	let seed = 20170801;
	const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

	it('never throws; offsets, order, interval direction and EDTF hold', () => {
		let count = 0;
		for (let i = 0; i < 3000; i++) {
			const words = Array.from({ length: 3 + Math.floor(rnd() * 14) }, () => TOKENS[Math.floor(rnd() * TOKENS.length)]!);
			const text = words.join(rnd() < 0.8 ? ' ' : '');
			for (const lang of ['id', 'en'] as const) {
				const ref = refs[Math.floor(rnd() * refs.length)]!;
				const mentions = findDateMentions(text, { lang, reference: ref ? { date: ref, basis: 'published' } : null });
				findDurations(text, lang);
				findPublicationDate(text);
				let last = 0;
				for (const m of mentions) {
					count++;
					expect(text.slice(m.start, m.end)).toBe(m.text);
					expect(m.start).toBeGreaterThanOrEqual(last);
					last = m.end;
					if (!m.edtf) continue;
					expect(() => parseEdtf(m.edtf!), m.edtf).not.toThrow();
					const [a, b] = m.edtf.replace(/\?/g, '').split('/');
					if (a && b && /^\d/.test(a) && /^\d/.test(b)) expect(a <= b.padEnd(10, '9'), `${text} -> ${m.edtf}`).toBe(true);
				}
			}
		}
		expect(count).toBeGreaterThan(1000);
		// Speed is measured by npm run bench:ingest; the long timeout only tolerates a busy machine.
	}, 120_000);
});

// Last: every EDTF string produced or expected above must parse with the edtf library.
describe('EDTF validity', () => {
	it('parses every EDTF string seen in the tests', () => {
		expect(seenEdtf.size).toBeGreaterThan(50);
		for (const s of [...seenEdtf, 'XXXX-08/..', 'XXXX-05', '1949/..', '../2017-08-01', '2017-08-01?']) {
			expect(() => parseEdtf(s), s).not.toThrow();
		}
	});
});
