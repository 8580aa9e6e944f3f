import type { Router } from 'express';
import { auditQuerySchema, invitationRequestSchema, type AuditEntry } from '@stodkartan/core';
import { userUpdateRequestSchema } from '@stodkartan/core';
import { deny } from '../auth/errors.js';
import { userView } from '../auth/staff-auth.js';
import { invitationView, invite, revokeInvitation, updateUser } from '../curation/accounts.js';
import { requireAdmin } from '../curation/proposals.js';
import { parseInput } from './errors.js';
import { recordIdSchema } from './admin.routes.js';
import { memberFrom, type StaffDependencies } from './staff.js';

const CSV_COLUMNS = [
	'seq',
	'at',
	'action',
	'actor',
	'role',
	'target',
	'details',
	'before',
	'after',
	'hash'
] as const;

/** A CSV cell: quoted, and never read by a spreadsheet as a formula. */
function cell(value: unknown): string {
	let text =
		value === undefined || value === null
			? ''
			: typeof value === 'string'
				? value
				: JSON.stringify(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return `"${text.replaceAll('"', '""')}"`;
}

function auditCsv(entries: readonly AuditEntry[]): string {
	const rows = entries.map((entry) =>
		[
			entry.seq,
			entry.at,
			entry.action,
			entry.actor.kind === 'user'
				? entry.actor.email
				: entry.actor.kind === 'import'
					? `import:${entry.actor.name}`
					: entry.actor.kind,
			entry.actor.kind === 'user' ? entry.actor.role : '',
			entry.target ? `${entry.target.type}:${entry.target.id}` : '',
			entry.details,
			entry.before,
			entry.after,
			entry.hash
		]
			.map(cell)
			.join(',')
	);
	return `${CSV_COLUMNS.join(',')}\r\n${rows.map((row) => `${row}\r\n`).join('')}`;
}

/** Accounts, invitations and the audit log (under `/api/admin`, so behind its session check). */
export function registerAccountRoutes(router: Router, staff: StaffDependencies): void {
	const { accounts } = staff;

	router.get('/api/admin/users', async (_req, res) => {
		requireAdmin(memberFrom(res));
		const users = await accounts.repository.listUsers();
		res.json({ users: users.map(userView).sort((a, b) => a.email.localeCompare(b.email)) });
	});

	router.post('/api/admin/users/:id', async (req, res) => {
		const id = parseInput(recordIdSchema, req.params.id, 'id');
		const update = parseInput(userUpdateRequestSchema, req.body ?? {}, 'body');
		res.json({ user: userView(await updateUser(accounts, memberFrom(res), id, update)) });
	});

	router.get('/api/admin/invitations', async (_req, res) => {
		const member = memberFrom(res);
		if (member.role === 'editor') throw deny('role');
		const all = await accounts.repository.listInvitations();
		const visible =
			member.role === 'admin'
				? all
				: all.filter(
						(invitation) =>
							invitation.invitedBy.kind === 'user' && invitation.invitedBy.id === member.id
					);
		res.json({ invitations: visible.map(invitationView) });
	});

	router.post('/api/admin/invitations', async (req, res) => {
		const request = parseInput(invitationRequestSchema, req.body ?? {}, 'body');
		const { invitation, link, sent } = await invite(accounts, memberFrom(res), request);
		res.status(201).json({ ...invitationView(invitation), sent, ...(sent ? {} : { link }) });
	});

	router.post('/api/admin/invitations/:id/revoke', async (req, res) => {
		const id = parseInput(recordIdSchema, req.params.id, 'id');
		await revokeInvitation(accounts, memberFrom(res), id);
		res.json({ revoked: true });
	});

	router.get('/api/admin/audit', async (req, res) => {
		requireAdmin(memberFrom(res));
		const query = parseInput(auditQuerySchema, req.query, 'query');
		const entries = await accounts.repository.auditEntries({
			limit: query.limit,
			...(query.before !== undefined ? { before: query.before } : {})
		});
		if (query.format === 'csv') {
			res
				.type('text/csv; charset=utf-8')
				.attachment('stodkartan-audit.csv')
				.send(auditCsv(entries));
			return;
		}
		res.json({ entries });
	});
}
