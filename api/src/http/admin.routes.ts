import type { Router } from 'express';
import { z } from 'zod';
import {
	approveRequestSchema,
	createProposalRequestSchema,
	idSchema,
	listProposalsQuerySchema,
	mayReviewService,
	proposalDenial,
	rejectRequestSchema,
	revertRequestSchema,
	verificationStateOf,
	type StaffMember
} from '@stodkartan/core';
import { deny } from '../auth/errors.js';
import {
	approveProposal,
	createProposal,
	describeProposal,
	maySeeProposal,
	rejectProposal
} from '../curation/proposals.js';
import { revertService, staleServices, verifyService } from '../curation/service-actions.js';
import { swedishToday } from '../data/data-files.js';
import { NotFoundError, parseInput } from './errors.js';
import { memberFrom, requireStaff, type StaffDependencies } from './staff.js';
import { registerAccountRoutes } from './admin-accounts.routes.js';

export const recordIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not an id');

/**
 * `/api/admin`: proposals and their review, the services staff may edit, verification, revert,
 * accounts and the audit log. Every route needs a live session with its second factor; what each
 * role may do is decided in the domain (`core/src/curation/staff.ts`), never by a route alone.
 */
export function registerAdminRoutes(router: Router, staff: StaffDependencies): void {
	const { curation } = staff;
	const signedIn = requireStaff(staff.auth);
	router.use('/api/admin', signedIn);

	router.get('/api/admin/proposals', async (req, res) => {
		const query = parseInput(listProposalsQuerySchema, req.query, 'query');
		const member = memberFrom(res);
		const found = await curation.repository.curation.listProposals({
			...(query.status ? { status: query.status } : {}),
			...(query.serviceId ? { serviceId: query.serviceId } : {}),
			limit: 2000
		});
		const visible = [];
		for (const proposal of found) {
			if (visible.length >= query.limit) break;
			if (await maySeeProposal(curation, member, proposal)) {
				visible.push(await describeProposal(curation, member, proposal));
			}
		}
		res.json({ proposals: visible });
	});

	router.post('/api/admin/proposals', async (req, res) => {
		const request = parseInput(createProposalRequestSchema, req.body ?? {}, 'body');
		const proposal = await createProposal(curation, { member: memberFrom(res) }, request);
		res.status(201).json(proposal);
	});

	// Beyond one's scope is a 403 (the contract's answer for a role or organisation that may
	// not), saying only which rule refuses it, never what the proposal holds.
	const outOfScope = (member: StaffMember, suggestion = false) =>
		deny(member.role === 'curator' ? 'county' : suggestion ? 'role' : 'organization');

	const proposalOf = async (id: string, member: StaffMember) => {
		const proposal = await curation.repository.curation.findProposal(id);
		if (!proposal) throw new NotFoundError('There is no proposal with that id.');
		if (!(await maySeeProposal(curation, member, proposal))) {
			throw outOfScope(member, proposal.kind === 'suggestion');
		}
		return proposal;
	};

	router.get('/api/admin/proposals/:id', async (req, res) => {
		const member = memberFrom(res);
		const proposal = await proposalOf(parseInput(recordIdSchema, req.params.id, 'id'), member);
		res.json(await describeProposal(curation, member, proposal));
	});

	router.post('/api/admin/proposals/:id/approve', async (req, res) => {
		const member = memberFrom(res);
		const id = parseInput(recordIdSchema, req.params.id, 'id');
		const { comment } = parseInput(approveRequestSchema, req.body ?? {}, 'body');
		await proposalOf(id, member);
		res.json(await approveProposal(curation, member, id, comment));
	});

	router.post('/api/admin/proposals/:id/reject', async (req, res) => {
		const member = memberFrom(res);
		const id = parseInput(recordIdSchema, req.params.id, 'id');
		const { reason } = parseInput(rejectRequestSchema, req.body ?? {}, 'body');
		await proposalOf(id, member);
		res.json(await rejectProposal(curation, member, id, reason));
	});

	router.get('/api/admin/services', async (_req, res) => {
		const member = memberFrom(res);
		const today = swedishToday(curation.now());
		const services = (await curation.repository.allServices())
			.filter((service) => mayReviewService(member, service))
			.map((service) => ({
				id: service.id,
				name: service.name.sv,
				organizationId: service.organizationId,
				status: service.status,
				lastVerified: service.lastVerified,
				...(service.verifiedBy ? { verifiedBy: service.verifiedBy } : {}),
				state: verificationStateOf(service.lastVerified, today)
			}))
			.sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.id.localeCompare(b.id));
		res.json({ services });
	});

	router.get('/api/admin/services/:id', async (req, res) => {
		const member = memberFrom(res);
		const id = parseInput(idSchema, req.params.id, 'id');
		const service = await curation.repository.findServiceById(id);
		if (!service) throw new NotFoundError('There is no service with that id.');
		if (!mayReviewService(member, service)) throw outOfScope(member);
		const versions = await curation.repository.curation.serviceVersions(id);
		res.json({
			// The whole record, protected addresses included: staff review them; no-store, no cache.
			service,
			version: versions.at(-1)?.version ?? 0,
			versions: versions.map(({ service: _service, ...version }) => version),
			canPropose: proposalDenial(member, service, service) === undefined,
			canVerify: member.role === 'editor',
			canRevert: member.role === 'admin',
			state: verificationStateOf(service.lastVerified, swedishToday(curation.now()))
		});
	});

	router.get('/api/admin/services/:id/versions/:version', async (req, res) => {
		const member = memberFrom(res);
		const id = parseInput(idSchema, req.params.id, 'id');
		const number = parseInput(z.coerce.number().int().min(0), req.params.version, 'version');
		const service = await curation.repository.findServiceById(id);
		// A removed service's history is for admins; a present one's for whoever may review it.
		if (service ? !mayReviewService(member, service) : member.role !== 'admin') {
			throw outOfScope(member);
		}
		const version = (await curation.repository.curation.serviceVersions(id)).find(
			(entry) => entry.version === number
		);
		if (!version) throw new NotFoundError('There is no such version.');
		res.json(version);
	});

	router.post('/api/admin/services/:id/verify', async (req, res) => {
		const id = parseInput(idSchema, req.params.id, 'id');
		parseInput(z.strictObject({}), req.body ?? {}, 'body');
		res.json({ service: await verifyService(curation, memberFrom(res), id) });
	});

	router.post('/api/admin/services/:id/revert', async (req, res) => {
		const id = parseInput(idSchema, req.params.id, 'id');
		const { version, reason } = parseInput(revertRequestSchema, req.body ?? {}, 'body');
		res.json({ service: await revertService(curation, memberFrom(res), id, version, reason) });
	});

	router.get('/api/admin/verification', async (_req, res) => {
		const member = memberFrom(res);
		res.json({ items: await staleServices(curation, member) });
	});

	router.get('/api/admin/organizations', async (_req, res) => {
		const organizations = (await curation.repository.allOrganizations())
			.map(({ id, name }) => ({ id, name }))
			.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
		res.json({ organizations });
	});

	registerAccountRoutes(router, staff);
}
