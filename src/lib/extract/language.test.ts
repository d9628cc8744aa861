/**
 * detectLanguage: Indonesian or English, for articles whose metadata does not say.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
	it.each([
		[
			'detik paragraph',
			'Dalam sepekan ini, Kementerian Komunikasi dan Informatika (Kominfo) menyita perhatian karena rutin melakukan pemanggilan terhadap para penyedia layanan Over The Top (OTT).'
		],
		[
			'okezone paragraph',
			'Dalam pertemuan tersebut, Chen mengaku tidak ada pembicaraan khusus. Pertemuan tersebut hanya berbicara mengenai bisnis korporasi yang tengah menjadi fokus BlackBerry.'
		],
		[
			'quote mixing English words, as Indonesian officials do',
			'"Pemerintah tidak boleh mentang-mentang, tidak boleh pakai kekuasaan tapi approach itu ke bisnis ya bisnis," ujar Rudiantara kepada detikINET.'
		],
		['ALL-CAPS Indonesian', 'KOMINFO AKAN MEMBLOKIR TELEGRAM KARENA DIGUNAKAN UNTUK PENYEBARAN TERORISME']
	])('Indonesian: %s', (_name, text) => {
		expect(detectLanguage(text)).toBe('id');
	});

	it.each([
		[
			'Reuters lead',
			"JAKARTA (Reuters) - Indonesia's communications ministry said on Friday it had blocked access to some web services of the Telegram messaging app because it was being used to spread radical content."
		],
		[
			'English with an Indonesian ministry name in it',
			'The Kementerian Komunikasi dan Informatika said it would summon Netflix and that the company has been asked to open an office in the country.'
		],
		['ALL-CAPS English headline', 'VIETNAM SAYS IT WILL BAN TELEGRAM FOR FAILING TO COOPERATE WITH THE POLICE']
	])('English: %s', (_name, text) => {
		expect(detectLanguage(text)).toBe('en');
	});

	it('a text with no clue either way (a bare name list) defaults to Indonesian', () => {
		expect(detectLanguage('Telegram Kominfo Durov')).toBe('id');
		expect(detectLanguage('')).toBe('id');
	});

	it('words are compared whole: "theater", "andal", "tot" are not function words', () => {
		// No Indonesian or English function word as a whole word on the English side.
		expect(detectLanguage('Kinerja andal theater tot dianggap')).toBe('id');
	});

	it('capitals are skipped only in a line written in ordinary case', () => {
		// "IT" and "ON" as abbreviations do not make an Indonesian line English...
		expect(detectLanguage('Tim IT dan ON Semiconductor asal AS hadir di Jakarta.')).toBe('id');
		// ...while an English line with a shouted name still counts its own words.
		expect(detectLanguage('HUAWEI said on Friday that it was in talks with the ministry.')).toBe('en');
	});

	// Regression (fixed): the old code answers 'en': it counts the Indonesian abbreviation "AS" (Amerika Serikat) as the
	// English word "as", twice, against one "ke".
	it('an Indonesian sentence naming "AS" (the United States) twice stays Indonesian', () => {
		expect(detectLanguage('Departemen Perdagangan AS memasukkan Huawei ke daftar hitam, kata Presiden AS.')).toBe('id');
	});
});
