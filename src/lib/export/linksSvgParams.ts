/**
 * Parameters of /export/map.* and /export/network.*: those of the timeline export (the view,
 * width, height, scale) plus, for the map, the zoom on screen (`zoom` and the `center` as
 * longitude,latitude) and, for the network, `mode` (graph or matrix). Every bad one is named.
 */
import type { ParamError } from '$lib/timeline/urlState';
import { parseExportParams, type ExportParams } from './timelineSvgParams';

export interface MapZoom {
	k: number;
	center: [number, number];
}

export interface LinksExportParams extends ExportParams {
	zoom: MapZoom | null;
	mode: 'graph' | 'matrix' | null;
}

export const MAP_ZOOM = { min: 1, max: 40 } as const;

export function parseLinksExportParams(params: URLSearchParams, format: 'svg' | 'png', chart: 'map' | 'network'): { params: LinksExportParams; errors: ParamError[] } {
	const { params: base, errors } = parseExportParams(params, format);
	const once = (name: string): string | null => {
		const values = params.getAll(name);
		if (values.length > 1) errors.push({ param: name, message: `given ${values.length} times; give it once` });
		return values.length === 1 ? values[0]!.trim() : null;
	};
	const number = /^-?\d{1,3}(\.\d{1,6})?$/;
	let zoom: MapZoom | null = null;
	let mode: 'graph' | 'matrix' | null = null;
	const onlyFor = (name: string, which: string) => params.has(name) && errors.push({ param: name, message: `only for the ${which} export` });
	if (chart === 'map') {
		onlyFor('mode', 'network');
		const k = once('zoom');
		const center = once('center');
		let kValue: number | null = null;
		let centerValue: [number, number] | null = null;
		if (k !== null) {
			const n = number.test(k) ? Number(k) : Number.NaN;
			if (!(n >= MAP_ZOOM.min && n <= MAP_ZOOM.max)) errors.push({ param: 'zoom', message: `"${k.slice(0, 20)}" is not a number from ${MAP_ZOOM.min} to ${MAP_ZOOM.max}` });
			else kValue = n;
		}
		if (center !== null) {
			const parts = center.split(',');
			const [lon, lat] = parts.map((x) => (number.test(x.trim()) ? Number(x) : Number.NaN));
			if (parts.length !== 2 || !(lon! >= -180 && lon! <= 180) || !(lat! >= -90 && lat! <= 90))
				errors.push({ param: 'center', message: `"${center.slice(0, 40)}" is not longitude,latitude (-180 to 180, -90 to 90)` });
			else centerValue = [lon!, lat!];
		}
		if ((k === null) !== (center === null)) errors.push({ param: k === null ? 'zoom' : 'center', message: 'give zoom and center together' });
		else if (kValue !== null && centerValue !== null) zoom = { k: kValue, center: centerValue };
	} else {
		onlyFor('zoom', 'map');
		onlyFor('center', 'map');
		const m = once('mode');
		if (m !== null) {
			if (m === 'graph' || m === 'matrix') mode = m;
			else errors.push({ param: 'mode', message: `"${m.slice(0, 20)}" is not graph or matrix` });
		}
	}
	return { params: { ...base, zoom, mode }, errors };
}
