import {
	changedFields,
	createProposalRequestSchema,
	diffOrganization,
	diffServices,
	importProvenanceSchema,
	isOwnProposal,
	mayReviewService,
	mergeChanges,
	needsSource,
	organizationSchema,
	proposalDenial,
	reviewDenial,
	withImportedDate,
	withProvenance,
	type Actor,
	type CreateProposalRequest,
	type Geography,
	type ImportProvenance,
	type Organization,
	type ProposalDetail,
	type Service,
	type ServiceChanges,
	type StaffMember
} from '@stodkartan/core';
import { deny, ConflictError, ForbiddenError } from '../auth/errors.js';
import { newId } from '../auth/tokens.js';
import { swedishToday } from '../data/data-files.js';
import { InvalidRequestError, NotFoundError, parseInput } from '../http/errors.js';
import type { CatalogueRepository } from '../store/catalogue-repository.js';
import { StoreConflictError, type ProposalRecord } from '../store/curation-repository.js';

/** What curation needs: the store, the geography to check region codes, the clock, and what follows a publication. */
export interface CurationContext {
	repository: CatalogueRepository;
	geography: Geography;
	now: () => Date;
	/** Called after every publication, so this instance's matching index follows (at once if urgent). */
	published: (options?: { urgent?: boolean }) => Promise<void>;
}

/**
 * An importer (the `import` actor): what it read and where from, the staff account that ran it
 * when known (who then may not approve it), and the organization a new service brings with it.
 */
export interface Importer {
	importer: string;
	provenance: ImportProvenance;
	operator?: { id: string; email: string };
	organization?: Organization;
}

/** Who proposes: a staff member, or an importer. Either way the proposal waits for review. */
export type Proposer = { member: StaffMember } | Importer;

const actorFor = (proposer: Proposer): Actor =>
	'member' in proposer
		? {
				kind: 'user',
				id: proposer.member.id,
				email: proposer.member.email,
				role: proposer.member.role
			}
		: {
				kind: 'import',
				name: proposer.importer,
				...(proposer.operator ? { operator: proposer.operator } : {})
			};

/** A publication that lost a race becomes a 409 the reviewer can act on. */
function asConflict(error: unknown): never {
	if (error instanceof StoreConflictError) {
		throw new ConflictError(
			error.reason === 'version' ? 'stale_proposal' : 'not_pending',
			error.reason === 'version'
				? 'The service changed while this was being decided. Look at it again.'
				: 'The proposal has already been decided.'
		);
	}
	throw error;
}

/** The store's organizations, with the one an imported new service brings where the store lacks it. */
async function organizationsWith(context: CurationContext, brought: Organization | undefined) {
	const organizations = new Map(
		(await context.repository.allOrganizations()).map((organization) => [
			organization.id,
			organization
		])
	);
	const added = brought && !organizations.has(brought.id) ? brought : undefined;
	if (added) organizations.set(added.id, added);
	return { organizations, added };
}

async function merge(
	context: CurationContext,
	serviceId: string,
	current: Service | undefined,
	changes: ServiceChanges,
	brought?: Organization
) {
	const { organizations, added } = await organizationsWith(context, current ? undefined : brought);
	const merged = mergeChanges(serviceId, current, changes, {
		regions: context.geography,
		organization: (id) => organizations.get(id),
		today: swedishToday(context.now())
	});
	return { merged, added };
}

/** A stored proposal laid onto the service as it is now, with the organization it brings. */
const mergeProposal = (
	context: CurationContext,
	proposal: ProposalRecord,
	current: Service | undefined
) => merge(context, proposal.serviceId, current, proposal.changes, proposal.organization);

/**
 * An importer's provenance and organization, held to the same contract as what staff send: they
 * come from a file, are stored with the proposal and shown to its reviewer.
 */
function importerChecked(importer: Importer): Importer {
	return {
		...importer,
		provenance: parseInput(importProvenanceSchema, importer.provenance, 'provenance'),
		...(importer.organization
			? { organization: parseInput(organizationSchema, importer.organization, 'organization') }
			: {})
	};
}

/**
 * Proposes a change to a service (or a new service): `changes` is a partial service, laid onto
 * the current one and validated as a whole by the catalogue's schema. Factual changes need a
 * source; an importer's provenance (its file and record) is one. Every proposal waits for a
 * reviewer, a staff member's and an importer's alike: this is the one way catalogue content
 * changes, for the staff pages and for importers (docs/curation.md). Only `data/`, reviewed in
 * git, is published at once, through `importCatalogue`.
 */
export async function createProposal(
	context: CurationContext,
	proposer: Proposer,
	input: CreateProposalRequest
): Promise<ProposalRecord> {
	const { repository } = context;
	const importer = 'importer' in proposer ? importerChecked(proposer) : undefined;
	// The HTTP route parses its body; an importer calls in directly, with what it read from a file.
	const request = importer ? parseInput(createProposalRequestSchema, input, 'proposal') : input;
	const current = (await repository.findServiceById(request.serviceId)) ?? undefined;
	const { merged, added } = await merge(
		context,
		request.serviceId,
		current,
		request.changes,
		importer?.organization
	);
	if (!merged.ok) {
		throw new InvalidRequestError('The changes would make the service invalid.', merged.problems);
	}
	if (current && changedFields(current, merged.service).length === 0) {
		throw new InvalidRequestError('The changes change nothing.', [
			{ path: 'changes', message: 'every value given is the one the service already has' }
		]);
	}
	const today = swedishToday(context.now());
	const issues = request.sources.flatMap((source, index) =>
		source.date > today ? [{ path: `sources[${index}].date`, message: 'lies in the future' }] : []
	);
	if (!importer && needsSource(request.changes, !current) && request.sources.length === 0) {
		issues.push({
			path: 'sources',
			message: 'a factual change needs a source: the address it was read at and the date'
		});
	}
	if (importer?.provenance.assuredDate && importer.provenance.assuredDate > today) {
		issues.push({ path: 'provenance.assuredDate', message: 'lies in the future' });
	}
	if (issues.length > 0) throw new InvalidRequestError('The sources are not valid.', issues);
	if ('member' in proposer) {
		const denial = proposalDenial(proposer.member, current, merged.service);
		if (denial) throw deny(denial);
	}
	const at = context.now().toISOString();
	const actor = actorFor(proposer);
	const proposal: ProposalRecord = {
		id: newId(),
		kind: importer ? 'import' : 'change',
		serviceId: request.serviceId,
		status: 'pending',
		changes: request.changes,
		sources: request.sources,
		...(request.note ? { note: request.note } : {}),
		proposedBy: actor,
		createdAt: at,
		baseVersion: await repository.curation.serviceVersion(request.serviceId),
		...(importer ? { provenance: importer.provenance } : {}),
		...(added ? { organization: added } : {})
	};
	await repository.curation.createProposal(proposal, [
		{
			at,
			actor,
			action: 'proposal.created',
			target: { type: 'service', id: request.serviceId },
			after: request.changes,
			details: {
				proposalId: proposal.id,
				...(importer ? { provenance: importer.provenance, sources: request.sources } : {}),
				...(added ? { organization: added } : {})
			}
		}
	]);
	return proposal;
}

async function pendingProposal(context: CurationContext, id: string): Promise<ProposalRecord> {
	const proposal = await context.repository.curation.findProposal(id);
	if (!proposal) throw new NotFoundError('There is no proposal with that id.');
	if (proposal.status !== 'pending') {
		throw new ConflictError('not_pending', 'The proposal has already been decided.');
	}
	return proposal;
}

/** The fields the service changed in since the proposal was made, from its versions. */
async function fieldsChangedSince(
	context: CurationContext,
	proposal: ProposalRecord,
	current: Service | undefined
) {
	const version = await context.repository.curation.serviceVersion(proposal.serviceId);
	if (version === proposal.baseVersion) return [];
	const versions = await context.repository.curation.serviceVersions(proposal.serviceId);
	const base =
		versions.find((entry) => entry.version === proposal.baseVersion)?.service ?? undefined;
	return current ? changedFields(base, current) : ['*'];
}

/**
 * Approves a pending proposal and publishes it: service, version, proposal status, catalogue
 * revision and audit entry in one transaction. Refused when the reviewer may not (own proposal,
 * role, county, a national line's contacts without an admin), and when the service has since
 * changed in a field the proposal also changes (it must then be proposed again).
 */
export async function approveProposal(
	context: CurationContext,
	member: StaffMember,
	id: string,
	comment: string | undefined
): Promise<ProposalRecord> {
	const { repository } = context;
	const proposal = await pendingProposal(context, id);
	if (proposal.kind === 'suggestion') {
		throw new ConflictError(
			'not_a_change',
			'A suggestion changes nothing by itself: propose the change it asks for, with a source.'
		);
	}
	const current = (await repository.findServiceById(proposal.serviceId)) ?? undefined;
	const { merged, added } = await mergeProposal(context, proposal, current);
	if (!merged.ok) {
		throw new ConflictError(
			'stale_proposal',
			'The service has changed so that this proposal no longer applies. It must be proposed again.'
		);
	}
	const changed = changedFields(current, merged.service);
	const denial = reviewDenial(member, proposal, current, merged.service, changed);
	if (denial) throw deny(denial);
	const overlap = (await fieldsChangedSince(context, proposal, current)).filter(
		(field) => field === '*' || field in proposal.changes
	);
	if (overlap.length > 0) {
		throw new ConflictError(
			'stale_proposal',
			`The service has changed since this proposal was made (${overlap.join(', ')}). It must be proposed again.`
		);
	}
	const fromProvider =
		proposal.proposedBy.kind === 'user' &&
		proposal.proposedBy.role === 'editor' &&
		merged.service.organizationId === current?.organizationId;
	const today = swedishToday(context.now());
	const service = withImportedDate(
		withProvenance(merged.service, proposal.sources, fromProvider),
		proposal.provenance?.assuredDate,
		!current,
		today
	);
	const at = context.now().toISOString();
	const actor: Actor = { kind: 'user', id: member.id, email: member.email, role: member.role };
	const review = { by: actor, at, ...(comment ? { comment } : {}) };
	const version = await repository.curation.serviceVersion(proposal.serviceId);
	try {
		await repository.curation.publish({
			at,
			changes: [
				{
					serviceId: proposal.serviceId,
					expectedVersion: version,
					service,
					actor,
					action: 'approved',
					approve: { proposalId: id, review }
				}
			],
			...(added ? { organizations: [added] } : {}),
			audit: [
				{
					at,
					actor,
					action: 'proposal.approved',
					target: { type: 'service', id: proposal.serviceId },
					before: current ?? null,
					after: service,
					details: {
						proposalId: id,
						proposedBy: proposal.proposedBy,
						...(proposal.provenance ? { provenance: proposal.provenance } : {}),
						...(added ? { organizationAdded: added } : {}),
						...(comment ? { comment } : {})
					}
				}
			]
		});
	} catch (error) {
		asConflict(error);
	}
	await context.published();
	return { ...proposal, status: 'approved', review, publishedVersion: version + 1 };
}

/**
 * Rejects a pending proposal with a reason (closes a suggestion). Proposers may withdraw their
 * own; otherwise editors may not, and county curators only inside their counties.
 */
export async function rejectProposal(
	context: CurationContext,
	member: StaffMember,
	id: string,
	reason: string
): Promise<ProposalRecord> {
	const proposal = await pendingProposal(context, id);
	if (!isOwnProposal(member, proposal.proposedBy)) {
		if (member.role === 'editor') throw deny('role');
		const current = await context.repository.findServiceById(proposal.serviceId);
		if (current && !mayReviewService(member, current)) throw deny('county');
	}
	const at = context.now().toISOString();
	const actor: Actor = { kind: 'user', id: member.id, email: member.email, role: member.role };
	const review = { by: actor, at, comment: reason };
	try {
		await context.repository.curation.rejectProposal(id, review, [
			{
				at,
				actor,
				action: 'proposal.rejected',
				target: { type: 'service', id: proposal.serviceId },
				details: { proposalId: id, reason }
			}
		]);
	} catch (error) {
		asConflict(error);
	}
	return { ...proposal, status: 'rejected', review };
}

/**
 * A proposal as a reviewer sees it: with the service's name, the diff it would make now (or,
 * once approved, the diff it made), problems, and whether the one asking may decide it.
 */
export async function describeProposal(
	context: CurationContext,
	member: StaffMember,
	proposal: ProposalRecord
): Promise<ProposalDetail> {
	const { repository } = context;
	const current = (await repository.findServiceById(proposal.serviceId)) ?? undefined;
	let diff: ProposalDetail['diff'] = [];
	let problems: ProposalDetail['problems'] = [];
	let denial: string | undefined;
	if (proposal.status === 'approved' && proposal.publishedVersion !== undefined) {
		const versions = await repository.curation.serviceVersions(proposal.serviceId);
		const byNumber = new Map(versions.map((entry) => [entry.version, entry.service]));
		const after = byNumber.get(proposal.publishedVersion);
		if (after) diff = diffServices(byNumber.get(proposal.publishedVersion - 1) ?? undefined, after);
	} else if (proposal.kind !== 'suggestion') {
		const { merged, added } = await mergeProposal(context, proposal, current);
		if (merged.ok) {
			diff = [...diffServices(current, merged.service), ...(added ? diffOrganization(added) : [])];
			denial = reviewDenial(
				member,
				proposal,
				current,
				merged.service,
				changedFields(current, merged.service)
			);
		} else problems = merged.problems;
	}
	if (proposal.kind === 'suggestion' && member.role === 'editor') denial = 'role';
	return {
		...proposal,
		...(current ? { serviceName: current.name.sv } : {}),
		diff,
		problems,
		canReview: proposal.status === 'pending' && problems.length === 0 && denial === undefined,
		...(denial ? { reviewDenial: denial } : {})
	};
}

/** Whether a staff member may see a proposal: their own, or one about a service they may review. */
export async function maySeeProposal(
	context: CurationContext,
	member: StaffMember,
	proposal: ProposalRecord
): Promise<boolean> {
	if (isOwnProposal(member, proposal.proposedBy)) return true;
	// What people write in the public form stays with curators and admins.
	if (proposal.kind === 'suggestion' && member.role === 'editor') return false;
	const current = await context.repository.findServiceById(proposal.serviceId);
	const scoped = current ?? (proposal.changes as unknown as Service);
	if (!scoped.serviceArea || !scoped.organizationId) return member.role === 'admin';
	return mayReviewService(member, scoped);
}

export function requireAdmin(member: StaffMember): void {
	if (member.role !== 'admin') throw new ForbiddenError('Only an admin may do this.', 'role');
}
