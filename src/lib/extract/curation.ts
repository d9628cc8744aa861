/**
 * Hand curation: files in data/curation/ that add, correct or suppress events by id, each with
 * a reason. Applied after extraction; every problem names the file and entry, and a curation
 * that no longer fits (its event is gone) is reported, never silently dropped.
 */
import { z } from 'zod';
import { Event, EventActor, EventStatus, EventType, Location } from '$lib/schema/events';

const Correction = z
	.object({
		type: EventType,
		cameo: z.string().regex(/^\d{3,4}$/),
		date: Event.shape.date,
		duration: Event.shape.duration,
		status: EventStatus,
		actors: z.array(EventActor).min(1),
		countries: Event.shape.countries,
		location: Location.nullable(),
		title: Event.shape.title,
		confidence: z.number().min(0).max(1)
	})
	.partial()
	.strict();

const Evidence = z
	.object({
		article: z.string().min(1),
		quote: z.string().min(1).describe('verbatim text of the article; its offsets are found by search')
	})
	.strict();

export const CurationEntry = z.discriminatedUnion('action', [
	z.object({ action: z.literal('correct'), id: z.string().min(1), reason: z.string().min(1), set: Correction }).strict(),
	z.object({ action: z.literal('suppress'), id: z.string().min(1), reason: z.string().min(1) }).strict(),
	z
		.object({
			action: z.literal('add'),
			reason: z.string().min(1),
			event: Correction.required({ type: true, cameo: true, date: true, status: true, actors: true, title: true })
				.extend({ id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/), sources: z.array(Evidence).min(1) })
				.strict()
		})
		.strict()
]);
export type CurationEntry = z.infer<typeof CurationEntry>;

export const CurationFile = z.object({ $schema: z.string().optional(), curations: z.array(CurationEntry) }).strict();

/** The envelope alone: entries are checked one by one, so one broken entry costs only itself. */
const CurationEnvelope = z.object({ $schema: z.string().optional(), curations: z.array(z.unknown()) }).strict();

/** "curations[3] (correct "2017-ban-...")": which entry, as far as it can be told. */
function entryLabel(k: number, raw: unknown): string {
	const o = (typeof raw === 'object' && raw !== null ? raw : {}) as { action?: unknown; id?: unknown; event?: { id?: unknown } };
	const action = typeof o.action === 'string' ? o.action : null;
	const id = typeof o.id === 'string' ? o.id : typeof o.event?.id === 'string' ? o.event.id : null;
	const what = [action, id !== null ? JSON.stringify(id) : null].filter(Boolean).join(' ');
	return `curations[${k}]${what ? ` (${what})` : ''}`;
}

function issueText(issue: z.core.$ZodIssue): string {
	const where = issue.path.join('.');
	const message = issue.message.replace(/\s+/g, ' ');
	return where ? `${where}: ${message}` : message;
}

export interface CurationInput {
	/** Path relative to the curation folder. */
	file: string;
	data: unknown;
}

export interface CurationResult {
	events: Event[];
	problems: { file: string; reason: string }[];
}

/** `rawText(article)` returns an article's raw text, to place added evidence. */
export function applyCuration(
	events: Event[],
	files: CurationInput[],
	rawText: (article: string) => string | undefined,
	actorExists: (id: string) => boolean,
	/** New titles when a correction changes the sides, type or status and sets no title itself. */
	retitle: (event: Event) => Event['title'] = (event) => event.title
): CurationResult {
	const byId = new Map(events.map((e) => [e.id, { ...e }]));
	const problems: { file: string; reason: string }[] = [];
	for (const { file, data } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
		const envelope = CurationEnvelope.safeParse(data);
		if (!envelope.success) {
			for (const issue of envelope.error.issues.slice(0, 5)) {
				problems.push({ file, reason: `${issue.path.join('.') || 'file'}: ${issue.message.replace(/\s+/g, ' ')}` });
			}
			continue;
		}
		envelope.data.curations.forEach((raw, k) => {
			const where = entryLabel(k, raw);
			const fail = (reason: string) => problems.push({ file, reason: `${where}: ${reason}` });
			const parsed = CurationEntry.safeParse(raw);
			if (!parsed.success) {
				fail(parsed.error.issues.slice(0, 3).map(issueText).join('; '));
				return;
			}
			const entry = parsed.data;
			if (entry.action === 'suppress') {
				if (!byId.delete(entry.id)) fail(`no event has id "${entry.id}"`);
				return;
			}
			if (entry.action === 'correct') {
				const event = byId.get(entry.id);
				if (!event) return fail(`no event has id "${entry.id}"`);
				const unknown = entry.set.actors?.find((a) => !actorExists(a.id));
				if (unknown) return fail(`unknown actor "${unknown.id}"`);
				const corrected: Event = {
					...event,
					...entry.set,
					...(entry.set.date !== undefined ? { dateBasis: 'curated' as const } : {}),
					curation: { file, action: 'correct', reason: entry.reason }
				};
				const changesWho = entry.set.actors || entry.set.type || entry.set.status || entry.set.countries;
				if (changesWho && !entry.set.title) corrected.title = retitle(corrected);
				byId.set(entry.id, corrected);
				return;
			}
			const { sources, ...fields } = entry.event;
			if (byId.has(fields.id)) return fail(`an event with id "${fields.id}" exists already; use "correct"`);
			const unknown = fields.actors.find((a) => !actorExists(a.id));
			if (unknown) return fail(`unknown actor "${unknown.id}"`);
			const placed = [];
			for (const s of sources) {
				const raw = rawText(s.article);
				if (raw === undefined) return fail(`no article has id "${s.article}"`);
				const start = raw.indexOf(s.quote);
				if (start < 0) return fail(`the quote is not in article "${s.article}" (it must be verbatim)`);
				placed.push({ article: s.article, quote: s.quote, start, end: start + s.quote.length, dateText: null });
			}
			byId.set(fields.id, {
				duration: null,
				countries: [],
				location: null,
				confidence: 1,
				...fields,
				dateBasis: 'curated',
				sources: placed,
				curation: { file, action: 'add', reason: entry.reason }
			});
		});
	}
	return { events: [...byId.values()].sort((a, b) => a.id.localeCompare(b.id)), problems };
}
