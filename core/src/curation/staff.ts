import { z } from 'zod';
import { countyCodeSchema, type Service, type ServiceArea } from '../catalogue/schema.js';

/**
 * Who keeps the catalogue: admins (everything, and the accounts), curators (review and publish,
 * nationally or for given counties) and editors (propose changes to their own organisation's
 * services). There is no public sign-up: every account starts from an invitation.
 */
export const STAFF_ROLES = ['admin', 'curator', 'editor'] as const;
export const staffRoleSchema = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof staffRoleSchema>;

/** Roles that must use a second factor (TOTP) before they may do anything. */
export const ROLES_REQUIRING_TOTP: readonly StaffRole[] = ['admin', 'curator'];

/** An account as the domain sees it: what it may do follows from these fields only. */
export interface StaffMember {
	id: string;
	email: string;
	role: StaffRole;
	/** An editor's organisation. */
	organizationId?: string;
	/** A curator's counties; none means a national curator. */
	counties?: string[];
}

/**
 * Who did something: a staff member, an import of catalogue files, the public, or the system. An
 * import names the staff account that ran it when the operator said so (`--by`): that person
 * may not approve what they imported.
 */
export const actorSchema = z.discriminatedUnion('kind', [
	z.object({
		kind: z.literal('user'),
		id: z.string(),
		email: z.string(),
		role: staffRoleSchema
	}),
	z.object({
		kind: z.literal('import'),
		name: z.string(),
		operator: z.object({ id: z.string(), email: z.string() }).optional()
	}),
	z.object({ kind: z.literal('public') }),
	z.object({ kind: z.literal('system') })
]);
export type Actor = z.infer<typeof actorSchema>;

export function actorOf(member: StaffMember): Actor {
	return { kind: 'user', id: member.id, email: member.email, role: member.role };
}

export const countiesSchema = z
	.array(countyCodeSchema)
	.min(1)
	.max(21)
	.refine((codes) => new Set(codes).size === codes.length, 'must not repeat a county');

/** What an account may be: an editor belongs to an organisation; only curators have counties. */
export function refineStaffScope(
	scope: { role?: StaffRole; organizationId?: string | null; counties?: string[] | null },
	context: z.RefinementCtx
): void {
	if (scope.role === 'editor' && !scope.organizationId) {
		context.addIssue({
			code: 'custom',
			path: ['organizationId'],
			message: 'an editor belongs to an organization'
		});
	}
	if (scope.role && scope.role !== 'editor' && scope.organizationId) {
		context.addIssue({
			code: 'custom',
			path: ['organizationId'],
			message: 'only editors belong to an organization'
		});
	}
	if (scope.role && scope.role !== 'curator' && scope.counties) {
		context.addIssue({
			code: 'custom',
			path: ['counties'],
			message: 'only curators have counties'
		});
	}
}

/**
 * The counties a service reaches (its area and its locations), or null for a nationwide
 * service. An SCB municipality code begins with its county's code, by SCB's definition.
 */
export function countiesOf(
	service: Pick<Service, 'serviceArea' | 'locations'>
): Set<string> | null {
	const area: ServiceArea = service.serviceArea;
	if (area.scope === 'national') return null;
	const counties = new Set(
		area.scope === 'regional' ? area.counties : area.municipalities.map((code) => code.slice(0, 2))
	);
	for (const location of service.locations ?? []) counties.add(location.municipality.slice(0, 2));
	return counties;
}

/** Whether a curator's counties cover everywhere the service reaches. */
function coversArea(member: StaffMember, service: Pick<Service, 'serviceArea' | 'locations'>) {
	if (!member.counties) return true;
	const reached = countiesOf(service);
	if (reached === null) return false;
	return [...reached].every((county) => member.counties?.includes(county));
}

/** Why something is refused; each has its own message in the API. */
export type Denial =
	'role' | 'organization' | 'county' | 'own-proposal' | 'national-contact-needs-admin';

type Scoped = Pick<Service, 'organizationId' | 'serviceArea' | 'locations'>;

/**
 * Whether a staff member may propose this change: editors only for their own organisation's
 * services (before and after), county curators only inside their counties, admins anywhere.
 */
export function proposalDenial(
	member: StaffMember,
	current: Scoped | undefined,
	next: Scoped
): Denial | undefined {
	if (member.role === 'admin') return undefined;
	if (member.role === 'editor') {
		const ownBefore = !current || current.organizationId === member.organizationId;
		return ownBefore && next.organizationId === member.organizationId ? undefined : 'organization';
	}
	return (current && !coversArea(member, current)) || !coversArea(member, next)
		? 'county'
		: undefined;
}

/** Whether a staff member may see and review a service (the queue and the service pages). */
export function mayReviewService(member: StaffMember, service: Scoped): boolean {
	if (member.role === 'admin') return true;
	if (member.role === 'editor') return service.organizationId === member.organizationId;
	return coversArea(member, service);
}

/** Fields through which a child gets in touch: changing them on a national line needs an admin. */
export const CONTACT_FIELDS = ['contacts', 'website', 'locations'] as const;

/**
 * Whether the proposal is the member's own: they made it, or they ran the import that made it.
 * The `import` actor itself is no person and has no account, so it can never review anything.
 */
export function isOwnProposal(member: Pick<StaffMember, 'id'>, proposedBy: Actor): boolean {
	if (proposedBy.kind === 'user') return proposedBy.id === member.id;
	return proposedBy.kind === 'import' && proposedBy.operator?.id === member.id;
}

/**
 * Whether a staff member may approve or reject a proposal. Nobody reviews their own proposal;
 * editors review nothing; county curators only inside their counties (before and after); contact
 * changes to a nationwide line need an admin.
 */
export function reviewDenial(
	member: StaffMember,
	proposal: { proposedBy: Actor },
	current: Scoped | undefined,
	next: Scoped,
	changedFields: readonly string[]
): Denial | undefined {
	if (member.role === 'editor') return 'role';
	if (isOwnProposal(member, proposal.proposedBy)) return 'own-proposal';
	if (member.role === 'curator') {
		if ((current && !coversArea(member, current)) || !coversArea(member, next)) return 'county';
		const national =
			next.serviceArea.scope === 'national' || current?.serviceArea.scope === 'national';
		const touchesContact =
			!current ||
			changedFields.some((field) => (CONTACT_FIELDS as readonly string[]).includes(field));
		if (national && touchesContact) return 'national-contact-needs-admin';
	}
	return undefined;
}

/** Which roles an inviter may give: admins any, curators editors only. */
export function mayInvite(member: StaffMember, role: StaffRole): boolean {
	return member.role === 'admin' || (member.role === 'curator' && role === 'editor');
}
