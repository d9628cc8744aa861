// The edtf package ships no types; this is the part Linimasa uses.
declare module 'edtf' {
	interface EdtfObject {
		type: string;
		min: number;
		max: number;
		edtf: string;
		precision?: number;
	}
	export function parse(input: string): { type: string; level: number; values: unknown[] };
	export default function edtf(input: string): EdtfObject;
}
