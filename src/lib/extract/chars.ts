/**
 * Character tests for the extractor's inner loops, where a regular expression per character
 * or a split per line allocated more than the rest of the work.
 */

/** What `/\s/` matches (white space and line terminators), by character code. */
export function isSpace(code: number): boolean {
	if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
	if (code < 0xa0) return false;
	return (
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}

/** `text.split(/\s+/).length`, without building the array. */
export function countWords(text: string): number {
	let parts = 1;
	for (let i = 0; i < text.length; i++) {
		if (!isSpace(text.charCodeAt(i))) continue;
		parts++;
		while (i + 1 < text.length && isSpace(text.charCodeAt(i + 1))) i++;
	}
	return parts;
}
