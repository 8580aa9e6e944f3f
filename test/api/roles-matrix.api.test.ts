import supertest from 'supertest';
import { createProposal } from '@stodkartan/api';
import { buildCatalogue, buildOrganization, buildService } from '../support/domain.js';
import { createAccount, logIn, type StaffAccount } from '../support/staff.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Every admin route against every role, table-driven. Each row builds its own request (a fresh
 * proposal where the route decides one), so no answer depends on another row.
 */
type Role = 'anonymous' | 'unenrolled' | 'editor' | 'curator' | 'admin';
const ROLES: Role[] = ['anonymous', 'unenrolled', 'editor', 'curator', 'admin'];

let app: TestApp;
let accounts: Record<Exclude<Role, 'anonymous'>, StaffAccount>;
let proposer: StaffAccount;

beforeAll(async () => {
	app = await createTestApp(
		buildCatalogue(
			[
				buildService({
					id: 'clinic',
					organizationId: 'org',
					serviceArea: { scope: 'local', municipalities: ['2480'] }
				}),
				buildService({ id: 'elsewhere', organizationId: 'other' })
			],
			[buildOrganization(), buildOrganization({ id: 'other', name: 'Annan' })]
		)
	);
	accounts = {
		unenrolled: await createAccount(app, 'curator', { withoutTotp: true }),
		editor: await createAccount(app, 'editor', { organizationId: 'org' }),
		curator: await createAccount(app, 'curator'),
		admin: await createAccount(app, 'admin')
	};
	proposer = await createAccount(app, 'editor', { organizationId: 'org' });
	for (const account of Object.values(accounts)) await logIn(account);
}, 60_000);
afterAll(() => app.close());

let counter = 0;
/** A pending proposal on the editors' own service, by a fourth person. */
async function pendingProposal(): Promise<string> {
	counter += 1;
	const proposal = await createProposal(
		app.staff.curation,
		{
			member: {
				id: proposer.user.id,
				email: proposer.user.email,
				role: 'editor',
				organizationId: 'org'
			}
		},
		{ serviceId: 'clinic', changes: { description: { sv: `Text ${counter}` } }, sources: [] }
	);
	return proposal.id;
}

async function openInvitation(): Promise<string> {
	counter += 1;
	const response = await accounts.admin.agent
		.post('/api/admin/invitations')
		.send({ email: `invited${counter}@example.org`, role: 'editor', organizationId: 'org' });
	return response.body.id as string;
}

interface Row {
	route: string;
	request: () => Promise<{ method: 'get' | 'post'; path: string; body?: object }>;
	expected: Record<Role, number>;
}

const everyoneStaff = (status: number) => ({
	anonymous: 401,
	unenrolled: 403,
	editor: status,
	curator: status,
	admin: status
});

const ROWS: Row[] = [
	{
		route: 'GET /api/admin/proposals',
		request: async () => ({ method: 'get', path: '/api/admin/proposals?status=pending' }),
		expected: everyoneStaff(200)
	},
	{
		route: 'POST /api/admin/proposals',
		request: async () => ({
			method: 'post',
			path: '/api/admin/proposals',
			body: { serviceId: 'clinic', changes: { keywords: { sv: [`ord${++counter}`] } } }
		}),
		expected: everyoneStaff(201)
	},
	{
		route: 'POST /api/admin/proposals (another organisation)',
		request: async () => ({
			method: 'post',
			path: '/api/admin/proposals',
			body: { serviceId: 'elsewhere', changes: { keywords: { sv: [`ord${++counter}`] } } }
		}),
		expected: { anonymous: 401, unenrolled: 403, editor: 403, curator: 201, admin: 201 }
	},
	{
		route: 'GET /api/admin/proposals/:id',
		request: async () => ({
			method: 'get',
			path: `/api/admin/proposals/${await pendingProposal()}`
		}),
		expected: everyoneStaff(200)
	},
	{
		route: 'POST /api/admin/proposals/:id/approve',
		request: async () => ({
			method: 'post',
			path: `/api/admin/proposals/${await pendingProposal()}/approve`,
			body: {}
		}),
		expected: { anonymous: 401, unenrolled: 403, editor: 403, curator: 200, admin: 200 }
	},
	{
		route: 'POST /api/admin/proposals/:id/reject',
		request: async () => ({
			method: 'post',
			path: `/api/admin/proposals/${await pendingProposal()}/reject`,
			body: { reason: 'nej' }
		}),
		expected: { anonymous: 401, unenrolled: 403, editor: 403, curator: 200, admin: 200 }
	},
	{
		route: 'GET /api/admin/services',
		request: async () => ({ method: 'get', path: '/api/admin/services' }),
		expected: everyoneStaff(200)
	},
	{
		route: 'GET /api/admin/services/:id',
		request: async () => ({ method: 'get', path: '/api/admin/services/clinic' }),
		expected: everyoneStaff(200)
	},
	{
		route: 'GET /api/admin/services/:id (another organisation)',
		request: async () => ({ method: 'get', path: '/api/admin/services/elsewhere' }),
		expected: { anonymous: 401, unenrolled: 403, editor: 403, curator: 200, admin: 200 }
	},
	{
		route: 'GET /api/admin/services/:id/versions/:version',
		request: async () => ({ method: 'get', path: '/api/admin/services/clinic/versions/0' }),
		expected: everyoneStaff(200)
	},
	{
		route: 'POST /api/admin/services/:id/verify',
		request: async () => ({ method: 'post', path: '/api/admin/services/clinic/verify', body: {} }),
		expected: { anonymous: 401, unenrolled: 403, editor: 200, curator: 403, admin: 403 }
	},
	{
		route: 'POST /api/admin/services/:id/revert',
		request: async () => ({
			method: 'post',
			path: '/api/admin/services/clinic/revert',
			body: { version: 0, reason: 'tillbaka' }
		}),
		expected: { anonymous: 401, unenrolled: 403, editor: 403, curator: 403, admin: 200 }
	},
	{
		route: 'GET /api/admin/verification',
		request: async () => ({ method: 'get', path: '/api/admin/verification' }),
		expected: everyoneStaff(200)
	},
	{
		route: 'GET /api/admin/organizations',
		request: async () => ({ method: 'get', path: '/api/admin/organizations' }),
		expected: everyoneStaff(200)
	},
	{
		route: 'GET /api/admin/users',
		request: async () => ({ method: 'get', path: '/api/admin/users' }),
		expected: { anonymous: 401, unenrolled: 403, editor: 403, curator: 403, admin: 200 }
	},
	{
		route: 'POST /api/admin/users/:id',
		request: async () => ({
			method: 'post',
			path: `/api/admin/users/${proposer.user.id}`,
			body: { active: true }
		}),
		expected: { anonymous: 401, unenrolled: 403, editor: 403, curator: 403, admin: 200 }
	},
	{
		route: 'GET /api/admin/invitations',
		request: async () => ({ method: 'get', path: '/api/admin/invitations' }),
		expected: { anonymous: 401, unenrolled: 403, editor: 403, curator: 200, admin: 200 }
	},
	{
		route: 'POST /api/admin/invitations (an editor)',
		request: async () => ({
			method: 'post',
			path: '/api/admin/invitations',
			body: { email: `new${++counter}@example.org`, role: 'editor', organizationId: 'org' }
		}),
		expected: { anonymous: 401, unenrolled: 403, editor: 403, curator: 201, admin: 201 }
	},
	{
		route: 'POST /api/admin/invitations (an admin)',
		request: async () => ({
			method: 'post',
			path: '/api/admin/invitations',
			body: { email: `boss${++counter}@example.org`, role: 'admin' }
		}),
		expected: { anonymous: 401, unenrolled: 403, editor: 403, curator: 403, admin: 201 }
	},
	{
		route: 'POST /api/admin/invitations/:id/revoke',
		request: async () => ({
			method: 'post',
			path: `/api/admin/invitations/${await openInvitation()}/revoke`,
			body: {}
		}),
		expected: { anonymous: 401, unenrolled: 403, editor: 403, curator: 404, admin: 200 }
	},
	{
		route: 'GET /api/admin/audit',
		request: async () => ({ method: 'get', path: '/api/admin/audit?limit=5' }),
		expected: { anonymous: 401, unenrolled: 403, editor: 403, curator: 403, admin: 200 }
	}
];

const cases = ROWS.flatMap((row) =>
	ROLES.map((role) => [row.route, role, row.expected[role], row] as const)
);

describe('the roles matrix', () => {
	test.each(cases)('%s as %s → %i', async (_route, role, expected, row) => {
		const { method, path, body } = await row.request();
		const client = role === 'anonymous' ? supertest(app.app) : accounts[role].agent;
		const pending = method === 'get' ? client.get(path) : client.post(path).send(body ?? {});
		const response = await pending;
		expect(response.status).toBe(expected);
		if (expected >= 400) {
			expect(response.body).toEqual({
				error: { code: expect.any(String), message: expect.any(String), issues: expect.any(Array) }
			});
		}
	});

	test('covers every admin route the app has', () => {
		const routes = new Set<string>();
		const stack = (
			app.app as unknown as {
				router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
			}
		).router.stack;
		const walk = (layers: typeof stack) => {
			for (const layer of layers) {
				const nested = (layer as unknown as { handle?: { stack?: typeof stack } }).handle?.stack;
				if (nested) walk(nested);
				if (layer.route?.path.startsWith('/api/admin')) {
					for (const method of Object.keys(layer.route.methods)) {
						routes.add(`${method.toUpperCase()} ${layer.route.path}`);
					}
				}
			}
		};
		walk(stack);
		const tested = new Set(ROWS.map((row) => row.route.replace(/ \(.*\)$/, '')));
		expect([...routes].sort()).toEqual([...tested].sort());
	});
});
