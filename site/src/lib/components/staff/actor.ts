import type { StaffMessages } from '$lib/i18n/staff';

/** Who did something, as the staff API sends it (`Actor` in the core contract). */
export interface ActorLike {
	kind: string;
	email?: string;
	name?: string;
	operator?: { email: string };
}

/**
 * How the staff pages name who did something: a staff member by e-mail; an import by what it
 * read (`data/`, or `hsds:region.json`) and the account that ran it, when the operator said so.
 */
export function actorName(actor: ActorLike, s: StaffMessages): string {
	if (actor.email) return actor.email;
	if (actor.kind === 'import') return s.queue.importBy(actor.name ?? '', actor.operator?.email);
	return actor.kind;
}
