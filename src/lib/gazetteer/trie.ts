/**
 * A trie of token sequences: finds the longest known name starting at each token in one pass,
 * in time proportional to the text, however many names the gazetteer holds.
 */
import type { Token } from './tokens';

interface Node<V> {
	next: Map<string, Node<V>>;
	values: V[];
}

export interface TrieMatch<V> {
	/** Index of the first and one past the last token. */
	from: number;
	to: number;
	values: V[];
}

export class TokenTrie<V> {
	private root: Node<V> = { next: new Map(), values: [] };

	add(tokens: string[], value: V): void {
		if (tokens.length === 0) return;
		let node = this.root;
		for (const token of tokens) {
			let child = node.next.get(token);
			if (!child) {
				child = { next: new Map(), values: [] };
				node.next.set(token, child);
			}
			node = child;
		}
		if (!node.values.includes(value)) node.values.push(value);
	}

	/** Longest match at each position, left to right, never overlapping. */
	matchAll(tokens: Token[], accept: (value: V) => boolean = () => true, key: 'text' | 'lower' = 'text'): TrieMatch<V>[] {
		const matches: TrieMatch<V>[] = [];
		let i = 0;
		while (i < tokens.length) {
			const match = this.longestAt(tokens, i, accept, key);
			if (match) {
				matches.push(match);
				i = match.to;
			} else i++;
		}
		return matches;
	}

	/** `key`: match tokens as written, or lower-cased (trigger words). */
	longestAt(tokens: Token[], from: number, accept: (value: V) => boolean = () => true, key: 'text' | 'lower' = 'text'): TrieMatch<V> | null {
		let node: Node<V> | undefined = this.root;
		// The match is built once at the end: most tokens start no name, and most names are one word.
		let bestTo = -1;
		let bestValues: V[] = [];
		for (let j = from; j < tokens.length && node; j++) {
			node = node.next.get(tokens[j]![key]);
			if (!node) break;
			if (node.values.length === 0) continue;
			const values = node.values.length === 1 ? (accept(node.values[0]!) ? node.values : null) : node.values.filter(accept);
			if (values && values.length > 0) {
				bestTo = j + 1;
				bestValues = values;
			}
		}
		return bestTo < 0 ? null : { from, to: bestTo, values: bestValues };
	}
}
