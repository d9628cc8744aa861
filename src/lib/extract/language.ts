/** Indonesian or English, from the share of each language's commonest words. */
const ID_WORDS = new Set('yang dan di dengan untuk ini itu dari pada akan telah tidak juga dalam adalah ke karena bahwa sudah oleh tersebut mereka'.split(' '));
const EN_WORDS = new Set('the and of to in is that with for was on said by as it its from has have will be are were'.split(' '));

/**
 * In a line written in ordinary case, a word in capitals is an abbreviation or a name ("AS" for
 * Amerika Serikat, "IT", "ON"), not a function word, so it is not counted. A line all in capitals
 * (a shouted headline) has no such signal, and its words count as they are.
 */
export function detectLanguage(text: string): 'id' | 'en' {
	let id = 0;
	let en = 0;
	for (const line of text.split('\n')) {
		const mixedCase = /\p{Ll}/u.test(line);
		for (const word of line.match(/\p{L}+/gu) ?? []) {
			const lower = word.toLowerCase();
			const isId = ID_WORDS.has(lower);
			if (!isId && !EN_WORDS.has(lower)) continue;
			if (mixedCase && word.length > 1 && word === word.toUpperCase()) continue;
			if (isId) id++;
			else en++;
		}
	}
	return en > id ? 'en' : 'id';
}
