/** Reads and validates data/gazetteer/*.json; every problem names the file, entry and field. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { Gazetteer, type GazetteerFilesData } from './index';
import { GazetteerFiles } from './schema';

export class GazetteerError extends Error {}

function readJson(path: string): unknown {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		throw new GazetteerError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? error})`);
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new GazetteerError(`${path}: not valid JSON (${(error as Error).message})`);
	}
}

function describeIssue(file: string, data: unknown, issue: z.core.$ZodIssue): string {
	const [index, ...field] = issue.path;
	const entry = typeof index === 'number' ? (data as { id?: string; name?: string }[])[index] : undefined;
	const which = entry ? ` entry ${String(index)} (${entry.id ?? entry.name ?? '?'})` : '';
	return `${file}:${which} ${field.map(String).join('.') || 'entry'}: ${issue.message}`;
}

export function readGazetteerFiles(dir: string): GazetteerFilesData {
	const parsed: Record<string, unknown> = {};
	const problems: string[] = [];
	for (const [file, schema] of Object.entries(GazetteerFiles)) {
		const path = join(dir, file);
		const data = readJson(path);
		const result = schema.safeParse(data);
		if (result.success) parsed[file] = result.data;
		else problems.push(...result.error.issues.slice(0, 10).map((issue) => describeIssue(path, data, issue)));
	}
	if (problems.length) throw new GazetteerError(problems.join('\n'));
	const data: GazetteerFilesData = {
		companies: parsed['companies.json'] as GazetteerFilesData['companies'],
		government: parsed['government.json'] as GazetteerFilesData['government'],
		people: parsed['people.json'] as GazetteerFilesData['people'],
		places: parsed['places.json'] as GazetteerFilesData['places'],
		countries: parsed['countries.json'] as GazetteerFilesData['countries']
	};
	checkReferences(dir, data);
	return data;
}

/** Ids are unique and every parent, rename and post points at an entry that exists. */
function checkReferences(dir: string, data: GazetteerFilesData) {
	const problems: string[] = [];
	const ids = new Map<string, string>();
	const entries: [string, { id: string }][] = [
		...data.companies.map((e) => ['companies.json', e] as [string, { id: string }]),
		...data.government.map((e) => ['government.json', e] as [string, { id: string }]),
		...data.people.map((e) => ['people.json', e] as [string, { id: string }])
	];
	for (const [file, entry] of entries) {
		const before = ids.get(entry.id);
		if (before) problems.push(`${join(dir, file)}: id "${entry.id}" is already used in ${before}`);
		ids.set(entry.id, file);
	}
	const need = (file: string, owner: string, field: string, id: string | null | undefined) => {
		if (id && !ids.has(id)) problems.push(`${join(dir, file)}: entry ${owner} ${field}: no entry has id "${id}"`);
	};
	for (const c of data.companies) {
		need('companies.json', c.id, 'parent', c.parent);
		need('companies.json', c.id, 'renamedTo', c.renamedTo);
	}
	for (const g of data.government) {
		need('government.json', g.id, 'parent', g.parent);
		need('government.json', g.id, 'renamedTo', g.renamedTo);
	}
	for (const p of data.people) p.roles.forEach((r, i) => need('people.json', p.id, `roles.${i}.org`, r.org));
	if (problems.length) throw new GazetteerError(problems.join('\n'));
}

export function loadGazetteer(dir: string): Gazetteer {
	return new Gazetteer(readGazetteerFiles(dir));
}
