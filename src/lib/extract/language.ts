/** Indonesian or English, from the share of each language's commonest words. */
const ID_WORDS = new Set('yang dan di dengan untuk ini itu dari pada akan telah tidak juga dalam adalah ke karena bahwa sudah oleh tersebut mereka'.split(' '));
const EN_WORDS = new Set('the and of to in is that with for was on said by as it its from has have will be are were'.split(' '));

export function detectLanguage(text: string): 'id' | 'en' {
	let id = 0;
	let en = 0;
	for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
		if (ID_WORDS.has(word)) id++;
		else if (EN_WORDS.has(word)) en++;
	}
	return en > id ? 'en' : 'id';
}
