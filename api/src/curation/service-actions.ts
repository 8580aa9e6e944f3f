import {
	mayReviewService,
	verificationStateOf,
	type Actor,
	type Service,
	type StaffMember
} from '@stodkartan/core';
import { deny, ConflictError } from '../auth/errors.js';
import { newId } from '../auth/tokens.js';
import { swedishToday } from '../data/data-files.js';
import { InvalidRequestError, NotFoundError } from '../http/errors.js';
import { StoreConflictError, type ProposalRecord } from '../store/curation-repository.js';
import type { CurationContext } from './proposals.js';

const actorOfMember = (member: StaffMember): Actor => ({
	kind: 'user',
	id: member.id,
	email: member.email,
	role: member.role
});

async function requireService(context: CurationContext, id: string): Promise<Service> {
	const service = await context.repository.findServiceById(id);
	if (!service) throw new NotFoundError('There is no service with that id.');
	return service;
}

function approvedRecord(
	kind: ProposalRecord['kind'],
	serviceId: string,
	actor: Actor,
	at: string,
	baseVersion: number,
	note: string
): ProposalRecord {
	return {
		id: newId(),
		kind,
		serviceId,
		status: 'approved',
		changes: {},
		sources: [],
		note,
		proposedBy: actor,
		createdAt: at,
		baseVersion,
		review: { by: actor, at }
	};
}

/**
 * "Still correct": the provider's editor confirms the service as it stands. It sets
 * `lastVerified` to today and `verifiedBy: "provider"` and nothing else, so it is published at
 * once without a second reviewer (it adds no data to review), as an approved proposal of kind
 * `verification`, audited.
 */
export async function verifyService(
	context: CurationContext,
	member: StaffMember,
	serviceId: string
): Promise<Service> {
	const current = await requireService(context, serviceId);
	if (member.role !== 'editor') throw deny('role');
	if (!mayReviewService(member, current)) throw deny('organization');
	const at = context.now().toISOString();
	const actor = actorOfMember(member);
	const service: Service = {
		...current,
		lastVerified: swedishToday(context.now()),
		verifiedBy: 'provider'
	};
	const version = await context.repository.curation.serviceVersion(serviceId);
	await publishOne(context, {
		serviceId,
		version,
		service,
		actor,
		action: 'verified',
		record: approvedRecord('verification', serviceId, actor, at, version, 'still correct'),
		audit: {
			action: 'service.verified',
			before: { lastVerified: current.lastVerified, verifiedBy: current.verifiedBy ?? null },
			after: { lastVerified: service.lastVerified, verifiedBy: 'provider' }
		}
	});
	return service;
}

/** An admin returns a service to an earlier version; itself a new version, audited. */
export async function revertService(
	context: CurationContext,
	member: StaffMember,
	serviceId: string,
	target: number,
	reason: string
): Promise<Service> {
	if (member.role !== 'admin') throw deny('role');
	const current = (await context.repository.findServiceById(serviceId)) ?? undefined;
	const versions = await context.repository.curation.serviceVersions(serviceId);
	const chosen = versions.find((entry) => entry.version === target);
	if (!chosen) throw new NotFoundError('The service has no such version.');
	if (!chosen.service) {
		throw new InvalidRequestError('That version is the service removed; deactivate it instead.');
	}
	const at = context.now().toISOString();
	const actor = actorOfMember(member);
	const version = versions.at(-1)?.version ?? 0;
	await publishOne(context, {
		serviceId,
		version,
		service: chosen.service,
		actor,
		action: 'reverted',
		urgent: true,
		record: approvedRecord('revert', serviceId, actor, at, version, reason),
		audit: {
			action: 'service.reverted',
			before: current ?? null,
			after: chosen.service,
			details: { toVersion: target, reason }
		}
	});
	return chosen.service;
}

async function publishOne(
	context: CurationContext,
	change: {
		serviceId: string;
		version: number;
		service: Service;
		actor: Actor;
		action: string;
		record: ProposalRecord;
		urgent?: boolean;
		audit: {
			action: 'service.verified' | 'service.reverted';
			before: unknown;
			after: unknown;
			details?: Record<string, unknown>;
		};
	}
): Promise<void> {
	const at = change.record.createdAt;
	try {
		await context.repository.curation.publish({
			at,
			changes: [
				{
					serviceId: change.serviceId,
					expectedVersion: change.version,
					service: change.service,
					actor: change.actor,
					action: change.action,
					record: change.record
				}
			],
			audit: [
				{
					at,
					actor: change.actor,
					target: { type: 'service', id: change.serviceId },
					...change.audit,
					details: { ...change.audit.details, proposalId: change.record.id }
				}
			]
		});
	} catch (error) {
		if (error instanceof StoreConflictError) {
			throw new ConflictError('stale', 'The service changed at the same moment. Try again.');
		}
		throw error;
	}
	await context.published({ urgent: change.urgent ?? false });
}

/**
 * A correction suggested on the public service page: no account, no cookie, no address kept.
 * It waits in the curators' queue and is never shown publicly; the audit entry holds no text.
 */
export async function suggestCorrection(
	context: CurationContext,
	serviceId: string,
	text: string
): Promise<void> {
	await requireService(context, serviceId);
	const at = context.now().toISOString();
	const actor: Actor = { kind: 'public' };
	const id = newId();
	await context.repository.curation.createProposal(
		{
			id,
			kind: 'suggestion',
			serviceId,
			status: 'pending',
			changes: {},
			sources: [],
			note: text,
			proposedBy: actor,
			createdAt: at,
			baseVersion: await context.repository.curation.serviceVersion(serviceId)
		},
		[
			{
				at,
				actor,
				action: 'suggestion.created',
				target: { type: 'service', id: serviceId },
				details: { proposalId: id }
			}
		]
	);
}

/** Services not verified for 12 months (due) or 18 (lapsed: the dashboard proposes taking them down). */
export async function staleServices(context: CurationContext, member: StaffMember | undefined) {
	const today = swedishToday(context.now());
	return (await context.repository.allServices())
		.filter(
			(service) => service.status !== 'inactive' && (!member || mayReviewService(member, service))
		)
		.map((service) => ({
			serviceId: service.id,
			name: service.name.sv,
			organizationId: service.organizationId,
			lastVerified: service.lastVerified,
			...(service.verifiedBy ? { verifiedBy: service.verifiedBy } : {}),
			state: verificationStateOf(service.lastVerified, today),
			status: service.status
		}))
		.filter((item) => item.state !== 'current')
		.sort(
			(a, b) =>
				a.lastVerified.localeCompare(b.lastVerified) || a.serviceId.localeCompare(b.serviceId)
		);
}
