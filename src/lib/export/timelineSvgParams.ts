/**
 * Parameters of /export/timeline.svg and .png: the dashboard's view (see urlState.ts) plus the
 * picture's size. Every bad one is reported by name, for a 400.
 */
import { parseViewState, type ParamError, type ViewState } from '$lib/timeline/urlState';

export const EXPORT_SIZE = {
	width: { min: 320, max: 4000, default: 1200 },
	height: { min: 200, max: 4000 },
	scales: [1, 2] as const,
	/** Most pixels a PNG may have (width × height × scale²). */
	maxPixels: 40_000_000
} as const;

export interface ExportParams {
	state: ViewState;
	width: number;
	/** null: as tall as the lanes need (capped). */
	height: number | null;
	scale: 1 | 2;
}

export function parseExportParams(params: URLSearchParams, format: 'svg' | 'png'): { params: ExportParams; errors: ParamError[] } {
	const { state, errors } = parseViewState(params);
	const int = (name: string, min: number, max: number): number | null => {
		const values = params.getAll(name);
		if (values.length === 0) return null;
		if (values.length > 1) {
			errors.push({ param: name, message: `given ${values.length} times; give it once` });
			return null;
		}
		const raw = values[0]!.trim();
		const n = /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
		if (!Number.isInteger(n) || n < min || n > max) {
			errors.push({ param: name, message: `"${raw.slice(0, 20)}" is not a whole number from ${min} to ${max}` });
			return null;
		}
		return n;
	};
	const width = int('width', EXPORT_SIZE.width.min, EXPORT_SIZE.width.max) ?? EXPORT_SIZE.width.default;
	const height = int('height', EXPORT_SIZE.height.min, EXPORT_SIZE.height.max);
	let scale: 1 | 2 = 1;
	if (format === 'svg') {
		if (params.has('scale')) errors.push({ param: 'scale', message: 'only for PNG (an SVG has no pixels to scale)' });
	} else {
		const s = params.getAll('scale');
		if (s.length > 1) errors.push({ param: 'scale', message: `given ${s.length} times; give it once` });
		else if (s.length === 1) {
			if (s[0] === '1' || s[0] === '2') scale = Number(s[0]) as 1 | 2;
			else errors.push({ param: 'scale', message: `"${s[0]!.slice(0, 20)}" is not 1 or 2` });
		}
	}
	return { params: { state, width, height, scale }, errors };
}

/** The PNG's pixel count is checked once its height is known. */
export function pixelError(width: number, height: number, scale: number): ParamError | null {
	const pixels = width * height * scale * scale;
	return pixels > EXPORT_SIZE.maxPixels ? { param: 'scale', message: `the image would be ${width * scale}×${height * scale} pixels; at most ${EXPORT_SIZE.maxPixels / 1e6} million` } : null;
}
