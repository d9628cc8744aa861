/**
 * Word lists the mention recogniser reads text with. Lower-case unless said otherwise; a
 * multi-word entry is matched token by token.
 */

const words = (text: string) => new Set(text.trim().split(/\s+/));

/** Capitalised words that open sentences or clauses and are never part of a name. */
export const NOT_NAMES = words(`
Pada Namun Sementara Dalam Di Ke Dari Untuk Dengan Ini Itu Yang Dan Atau Saat Menurut Sebelumnya Selain
Sebagai Setelah Setelahnya Sebut Bila Jika Kalau Meski Meskipun Terkait Terpisah Pasalnya Kemudian Lebih Tapi Tetapi Bahkan
Mereka Kami Kita Ia Dia Saya Anda Banyak Semua Beberapa Para Pihak Agenda Cara Misal Misalnya Upaya Kemungkinan
Kekhawatiran Pernyataan Hubungan Lembaga Juru Sumber Orang Hal Selama Sejak Hingga Sampai Baik Bulan Tahun
Pekan Minggu Hari Senin Selasa Rabu Kamis Jumat Sabtu Januari Februari Maret April Mei Juni Juli Agustus
September Oktober November Desember Foto Baca Demi Lewat Melalui Oleh Tak Tidak Belum Sudah Telah Akan Sedang
Apa Siapa Mengapa Bagaimana Kapan Dimana Berikut Adapun Sedangkan Karena Sehingga Agar Supaya Walau Walaupun
Larangan Penyelidikan Pertemuan Kesepakatan Negosiasi Pemblokiran Rencana Kedatangan Kunjungan Pembicaraan Perundingan
Kedua Kepala Ketua Presiden Menteri Direktur Wakil Sekretaris Raksasa Perusahaan Pemerintah Kementerian
The A An In On At For With By But And Or It He She They We This That These Those According Meanwhile However
Last Next Earlier Later After Before During While When If As Its Their His Her Our Mr Mrs Ms Dr Also Some Many
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March May June July August October
December Under Over Since Until Despite Although Though Because So Yet Still Now Then There Here Who What Where
Why How Which Both Each Every All Any No Not Only Even Just More Most Such Other Another Chief Executive Officer
President Minister Prime Secretary Director Spokesman Spokeswoman Spokesperson Chairman Head Company Government
OTT CEO CTO CFO COO VP PM
Kemarin Kini Sekarang Tadi Besok Lusa Kelak Lalu Akhirnya Selanjutnya Sebelum Sesudah Kendati Sebab Seperti Padahal
Justru Apalagi Memang Tentu Rupanya Ternyata Sayangnya Untungnya Yesterday Today Tomorrow Recently
Previously Separately Additionally Furthermore Moreover Instead Finally Thus Therefore Indeed
`);

/**
 * Nouns that open a sentence as a description, never as the first word of a name: "Aplikasi X
 * diblokir ...", "Perusahaan asal Jepang X membuka ...". ("Bank X" and "Grup X" are often names.)
 */
export const OPENING_COMPANY_NOUNS = words('perusahaan startup aplikasi layanan platform situs operator vendor produsen pengembang raksasa penyedia pembuat');

/** Posts that come before a person's name. Longest first when matched. */
export const TITLES: string[][] = `
plt kepala | plh kepala | kepala | ceo | chief executive officer | chief executive | chief technology officer
presiden direktur | presdir | direktur utama | dirut | direktur umum | direktur eksekutif | direktur jenderal | dirjen
direktur | managing director | country manager | country director | general manager | head of | head
ketua umum | ketua | wakil ketua | wakil presiden | wakil menteri | wamen | menteri | menlu | presiden | perdana menteri
juru bicara | jubir | spokesperson | spokesman | spokeswoman | chairman | chairwoman | chairperson | chair
komisaris utama | komisaris | founder | co-founder | pendiri | salah satu pendiri | sekjen | sekretaris jenderal
gubernur | duta besar | dubes | ambassador | bos | boss | minister | president | prime minister | secretary
director | vice president | vp | cto | cfo | coo | executive director | senior vice president | deputy minister
commissioner | chief | pimpinan | pemimpin | direktur pelaksana | general counsel | anggota | kapolri | kapolda
`
	.split(/[|\n]/)
	.map((t) => t.trim().split(/\s+/))
	.filter((t) => t.length > 0 && t[0] !== '')
	.sort((a, b) => b.length - a.length);

/** Posts that head a state: with a country ("Presiden AS") they stand for its government. */
export const HEAD_TITLES = words(
	'presiden president perdana prime kanselir chancellor raja king ratu queen pemimpin pemimpin leader leaders pemimpinnya'
);

/** Nouns before an unknown company's name: "aplikasi X", "perusahaan asal Jepang X". */
export const COMPANY_NOUNS = words(`
perusahaan startup aplikasi layanan platform situs operator vendor produsen pengembang raksasa penyedia pembuat
e-commerce marketplace bank emiten grup konglomerasi maskapai fintech unicorn decacorn pabrikan
company firm app platform service operator maker developer giant provider group carrier lender retailer subsidiary rival
`);

/** Nouns before a product's name: "sistem operasi Aurora", "OS Aurora", "prosesor Elbrus". */
export const PRODUCT_NOUNS: string[][] = [
	['sistem', 'operasi'],
	['operating', 'system'],
	['os'],
	['prosesor'],
	['processor'],
	['chip'],
	['cip'],
	['ponsel'],
	['smartphone'],
	['handset']
];

/** Legal forms after a company's name ("Naver Corp", "Tencent Holdings Ltd"); case-sensitive. */
export const LEGAL_SUFFIXES = new Set(
	'Inc Corp Corporation Ltd Limited LLC GmbH AG Co Tbk Bhd Berhad Pte PLC Plc Holdings Group Technologies Labs Telecom Telekom SPA S.p.A N.V'.split(
		' '
	)
);

/** Words after "Name," that say the name is a company: "Basalt SPO, pengembang platform ...". */
export const APPOSITIVE_COMPANY = words(`
pengembang produsen perusahaan vendor operator penyedia pembuat startup raksasa anak
developer maker manufacturer company firm provider operator startup giant subsidiary unit
`);

/** Nouns that head government bodies: "Kepolisian Taiwan", "Ministry of Commerce of China". */
export const GOVERNMENT_NOUNS = words(`
kementerian kementrian departemen kepolisian polisi badan komisi otoritas lembaga regulator dewan biro kantor
ministry department police agency commission authority regulator council bureau office parliament parlemen
watchdog court pengadilan
`);

/** "Pemerintah X", "X government". */
export const GOVERNMENT_WORDS = words('pemerintah pemerintahan government administration authorities regulators officials');

/** After "pemerintah"/"government": a local or foreign government, not the one of the story. */
export const NOT_NATIONAL_GOVERNMENT = words(`
daerah setempat lokal kota provinsi kabupaten desa negara negara-negara asing lain lainnya mana
local state provincial city municipal foreign other regional
`);

/** Before a place: where, not who. */
export const LOCATIVE = words('di ke dari dalam menuju in at to into from across throughout inside near');

/** Before a name that describes its owner or origin, not a party: "milik Tencent", "asal China". */
export const ATTRIBUTE = words('asal milik dimiliki berbasis bermarkas markas owned based headquartered besutan buatan');

/** Words that join items of a list. */
export const LIST_JOINERS = words('dan serta and or atau maupun hingga');

/** "beberapa perusahaan": a description of several, never one company. */
export const PLURAL_DETERMINERS = words('beberapa para banyak semua sejumlah berbagai several many some all various other lain');

/** "perusahaan tersebut", "the company": the last company named. */
export const DEMONSTRATIVES = words('tersebut itu ini this that the');

/** Verbs that say what the product's owner does: "dikembangkan oleh", "made by". */
export const MAKER_VERBS = words('dikembangkan dibuat diproduksi buatan besutan milik developed made built owned produced');
