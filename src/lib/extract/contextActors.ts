/**
 * Actors the gazetteer does not know, recognised from the words around them. One registry per
 * ingest run: the same name in two articles is the same actor, and what one article says of it
 * (its country, its owner) fills what another left open.
 */
import type { Actor } from '$lib/schema/events';
import type { ContextActors } from './mentions/types';

export class ContextActorRegistry implements ContextActors {
	private actors = new Map<string, Actor>();

	/** Everything learned, in the order it was first seen. */
	all(): Actor[] {
		return [...this.actors.values()];
	}

	get(id: string): Actor | undefined {
		return this.actors.get(id);
	}

	add(actor: Actor): Actor {
		const known = this.actors.get(actor.id);
		if (!known) {
			this.actors.set(actor.id, actor);
			return actor;
		}
		if (!known.country && actor.country) known.country = actor.country;
		if (!known.parent && actor.parent) known.parent = actor.parent;
		if (actor.roles?.length && !known.roles?.length) known.roles = actor.roles;
		return known;
	}
}
