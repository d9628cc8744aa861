import { json } from '@sveltejs/kit';
import { eventsJsonSchema } from '$lib/schema/events';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => json(eventsJsonSchema());
