import supertest from 'supertest';
import { buildCatalogue, buildService } from '../support/domain.js';
import { createAccount, freshCode, logIn, PASSWORD } from '../support/staff.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let now: Date;

beforeEach(async () => {
	now = new Date();
	app = await createTestApp(buildCatalogue([buildService({ id: 'line' })]), {
		clock: () => now,
		sessionPolicy: { idleMinutes: 30, absoluteHours: 12 }
	});
});
afterEach(() => app.close());

const minutes = (count: number) => (now = new Date(now.getTime() + count * 60_000));

describe('logging in', () => {
	test('gives a session cookie that scripts cannot read and other sites cannot send', async () => {
		const editor = await createAccount(app, 'editor', { organizationId: 'org' });
		const response = await logIn(editor);
		const [cookie] = response.headers['set-cookie'] as unknown as string[];
		expect(cookie).toMatch(/^stodkartan-staff=[A-Za-z0-9_-]{43}; /);
		expect(cookie).toMatch(/; HttpOnly/);
		expect(cookie).toMatch(/; SameSite=Strict/);
		expect(cookie).toMatch(/; Path=\//);
		expect(cookie).not.toMatch(/Max-Age|Expires|Domain|Secure/);
		expect(response.body).toMatchObject({
			user: { email: editor.user.email, role: 'editor', organizationId: 'org' },
			mustEnrolTotp: false
		});
		expect(response.body.user).not.toHaveProperty('passwordHash');
		const session = await editor.agent.get('/api/auth/session');
		expect(session.status).toBe(200);
		expect(session.body.user.email).toBe(editor.user.email);
	});

	test('behind HTTPS the cookie is Secure and __Host- prefixed', async () => {
		const secure = await createTestApp(buildCatalogue([buildService()]), {
			origin: 'https://stodkartan.example'
		});
		try {
			const editor = await createAccount(secure, 'editor', { organizationId: 'org' });
			const response = await editor.agent
				.post('/api/auth/login')
				.send({ email: editor.user.email, password: PASSWORD });
			const [cookie] = response.headers['set-cookie'] as unknown as string[];
			expect(cookie).toMatch(
				/^__Host-stodkartan-staff=[^;]+; Path=\/; HttpOnly; Secure; SameSite=Strict$/
			);
		} finally {
			await secure.close();
		}
	});

	test('a wrong password, an unknown e-mail and a closed account get the same 401', async () => {
		const editor = await createAccount(app, 'editor', { organizationId: 'org' });
		const wrong = await app.request
			.post('/api/auth/login')
			.send({ email: editor.user.email, password: 'not the password' });
		const unknown = await app.request
			.post('/api/auth/login')
			.send({ email: 'nobody@example.org', password: PASSWORD });
		expect(wrong.status).toBe(401);
		expect(unknown.status).toBe(401);
		expect(wrong.body).toEqual(unknown.body);
		expect(wrong.body.error).toMatchObject({ code: 'invalid_credentials' });
		expect(wrong.headers['set-cookie']).toBeUndefined();
		await app.staff.accounts.repository.updateUser({ ...editor.user, active: false }, []);
		const closed = await app.request
			.post('/api/auth/login')
			.send({ email: editor.user.email, password: PASSWORD });
		expect(closed.status).toBe(401);
		expect(closed.body).toEqual(unknown.body);
	});

	test('input that is not an e-mail and a password, or carries operators, is a 400', async () => {
		for (const body of [
			{},
			{ email: { $ne: '' }, password: 'x' },
			{ email: 'a@example.org', password: { $gt: '' } },
			{ email: 'a@example.org', password: 'x', extra: 1 },
			{ email: 'a@example.org', password: 'x', totp: '12345' }
		]) {
			const response = await app.request.post('/api/auth/login').send(body);
			expect(response.status).toBe(400);
			expect(response.body.error.code).toBe('invalid_request');
		}
	});

	test('once TOTP is enrolled, the code is required, and each code works once', async () => {
		const admin = await createAccount(app, 'admin');
		const secret = admin.totpSecret as string;
		const without = await app.request
			.post('/api/auth/login')
			.send({ email: admin.user.email, password: PASSWORD });
		expect(without.status).toBe(401);
		const wrongCode = await app.request.post('/api/auth/login').send({
			email: admin.user.email,
			password: PASSWORD,
			totp: '000000' === freshCode(secret) ? '111111' : '000000'
		});
		expect(wrongCode.status).toBe(401);
		const code = freshCode(secret);
		const first = await app.request
			.post('/api/auth/login')
			.send({ email: admin.user.email, password: PASSWORD, totp: code });
		expect(first.status).toBe(200);
		const replay = await app.request
			.post('/api/auth/login')
			.send({ email: admin.user.email, password: PASSWORD, totp: code });
		expect(replay.status).toBe(401);
	});

	test('an admin or curator without a second factor must enrol one before anything else', async () => {
		const curator = await createAccount(app, 'curator', { withoutTotp: true });
		const login = await logIn(curator);
		expect(login.body.mustEnrolTotp).toBe(true);
		const blocked = await curator.agent.get('/api/admin/proposals');
		expect(blocked.status).toBe(403);
		expect(blocked.body.error.code).toBe('totp_enrolment_required');
		const setup = await curator.agent.post('/api/auth/totp/setup');
		expect(setup.body.uri).toMatch(
			/^otpauth:\/\/totp\/St%C3%B6dkartan:.*secret=[A-Z2-7]+.*algorithm=SHA1&digits=6&period=30/
		);
		const bad = await curator.agent
			.post('/api/auth/totp/confirm')
			.send({ secret: setup.body.secret, totp: '000000' });
		expect(bad.status).toBe(400);
		const enrolled = await curator.agent
			.post('/api/auth/totp/confirm')
			.send({ secret: setup.body.secret, totp: freshCode(setup.body.secret) });
		expect(enrolled.status).toBe(200);
		expect(enrolled.body.mustEnrolTotp).toBe(false);
		expect((await curator.agent.get('/api/admin/proposals')).status).toBe(200);
		// from now on the code is required
		const again = await app.request
			.post('/api/auth/login')
			.send({ email: curator.user.email, password: PASSWORD });
		expect(again.status).toBe(401);
	});
});

describe('throttling', () => {
	test('after 5 failures in 15 minutes an account answers 429, even to the right password; others are not affected', async () => {
		const editor = await createAccount(app, 'editor', { organizationId: 'org' });
		const other = await createAccount(app, 'editor', { organizationId: 'org' });
		for (let attempt = 0; attempt < 5; attempt += 1) {
			const response = await app.request
				.post('/api/auth/login')
				.send({ email: editor.user.email, password: `guess ${attempt}` });
			expect(response.status).toBe(401);
		}
		const locked = await app.request
			.post('/api/auth/login')
			.send({ email: editor.user.email, password: PASSWORD });
		expect(locked.status).toBe(429);
		expect(locked.body.error.code).toBe('too_many_requests');
		expect(locked.headers['ratelimit-policy']).toBe('5;w=900');
		// The same e-mail written differently is the same account.
		const shouting = await app.request
			.post('/api/auth/login')
			.send({ email: ` ${editor.user.email.toUpperCase()} `, password: PASSWORD });
		expect(shouting.status).toBe(429);
		expect((await logIn(other)).status).toBe(200);
	});

	test('the account counter is kept in the store, so it holds across instances', async () => {
		const editor = await createAccount(app, 'editor', { organizationId: 'org' });
		for (let attempt = 0; attempt < 5; attempt += 1) {
			await app.request
				.post('/api/auth/login')
				.send({ email: editor.user.email, password: 'wrong password' });
		}
		// a second app over the same store, as a second instance would be
		const second = supertest(
			(await import('@stodkartan/api')).createApp({
				catalogue: app.catalogue,
				geography: (await import('../support/domain.js')).testGeography(),
				vocabulary: (await import('../support/domain.js')).testVocabulary(),
				needLabels: new Map(
					(await import('@stodkartan/core')).NEED_CODES.map((code) => [
						code,
						{ sv: code, en: code }
					])
				),
				logger: (await import('../support/test-app.js')).memoryLogger().logger,
				staff: app.staff
			})
		);
		expect(
			(await second.post('/api/auth/login').send({ email: editor.user.email, password: PASSWORD }))
				.status
		).toBe(429);
	});

	test('one address failing on many accounts is stopped too (30 in 15 minutes)', async () => {
		let last = 0;
		for (let attempt = 0; attempt < 31; attempt += 1) {
			last = (
				await app.request
					.post('/api/auth/login')
					.send({ email: `someone${attempt}@example.org`, password: 'wrong password' })
			).status;
		}
		expect(last).toBe(429);
	});
});

describe('sessions', () => {
	test('end after 30 minutes without use', async () => {
		const editor = await createAccount(app, 'editor', { organizationId: 'org' });
		await logIn(editor);
		minutes(29);
		expect((await editor.agent.get('/api/auth/session')).status).toBe(200);
		minutes(29);
		expect((await editor.agent.get('/api/auth/session')).status).toBe(200);
		minutes(31);
		const expired = await editor.agent.get('/api/auth/session');
		expect(expired.status).toBe(401);
		expect(expired.body.error.code).toBe('unauthenticated');
	});

	test('end after 12 hours however much they are used', async () => {
		const editor = await createAccount(app, 'editor', { organizationId: 'org' });
		await logIn(editor);
		for (let step = 0; step < 35; step += 1) {
			minutes(20);
			expect((await editor.agent.get('/api/auth/session')).status).toBe(200);
		}
		minutes(19);
		expect((await editor.agent.get('/api/auth/session')).status).toBe(200);
		minutes(2);
		expect((await editor.agent.get('/api/auth/session')).status).toBe(401);
	});

	test('logout ends the session on the server: the old cookie opens nothing', async () => {
		const editor = await createAccount(app, 'editor', { organizationId: 'org' });
		const login = await logIn(editor);
		const [cookie] = (login.headers['set-cookie'] as unknown as string[])[0]?.split(';') ?? [];
		const out = await editor.agent.post('/api/auth/logout');
		expect(out.status).toBe(200);
		expect((out.headers['set-cookie'] as unknown as string[])[0]).toMatch(
			/stodkartan-staff=;.*Expires=Thu, 01 Jan 1970/
		);
		const replayed = await app.request.get('/api/auth/session').set('Cookie', cookie as string);
		expect(replayed.status).toBe(401);
		// the store holds only a hash of the token
		const token = (cookie as string).split('=')[1] as string;
		expect(await app.staff.auth.repository.findSession(token)).toBeNull();
	});

	test('logout everywhere ends every session of the account', async () => {
		const editor = await createAccount(app, 'editor', { organizationId: 'org' });
		await logIn(editor);
		const laptop = supertest.agent(app.app);
		await laptop.post('/api/auth/login').send({ email: editor.user.email, password: PASSWORD });
		expect((await laptop.get('/api/auth/session')).status).toBe(200);
		const out = await editor.agent.post('/api/auth/logout-everywhere');
		expect(out.body).toEqual({ loggedOut: true, sessions: 2 });
		expect((await laptop.get('/api/auth/session')).status).toBe(401);
	});

	test('a changed password ends the other sessions and must be a good one', async () => {
		const editor = await createAccount(app, 'editor', { organizationId: 'org' });
		await logIn(editor);
		const other = supertest.agent(app.app);
		await other.post('/api/auth/login').send({ email: editor.user.email, password: PASSWORD });
		const weak = await editor.agent
			.post('/api/auth/password')
			.send({ currentPassword: PASSWORD, newPassword: 'password1234' });
		expect(weak.status).toBe(400);
		const changed = await editor.agent
			.post('/api/auth/password')
			.send({ currentPassword: PASSWORD, newPassword: 'a new and long passphrase' });
		expect(changed.status).toBe(200);
		expect((await editor.agent.get('/api/auth/session')).status).toBe(200);
		expect((await other.get('/api/auth/session')).status).toBe(401);
	});
});

describe('requests from other sites (CSRF)', () => {
	test('a state-changing request from another origin is refused before it does anything', async () => {
		const editor = await createAccount(app, 'editor', { organizationId: 'org' });
		const login = await app.request
			.post('/api/auth/login')
			.set('Origin', 'https://evil.example')
			.send({ email: editor.user.email, password: PASSWORD });
		expect(login.status).toBe(403);
		expect(login.body.error).toMatchObject({ code: 'cross_origin' });
		expect(login.headers['set-cookie']).toBeUndefined();
		await logIn(editor);
		const proposal = {
			serviceId: 'line',
			changes: { description: { sv: 'Ny text' } }
		};
		for (const headers of [
			{ Origin: 'https://evil.example' },
			{ Origin: 'null' },
			{ 'Sec-Fetch-Site': 'cross-site' },
			{ 'Sec-Fetch-Site': 'same-site' }
		]) {
			const response = await editor.agent.post('/api/admin/proposals').set(headers).send(proposal);
			expect(response.status).toBe(403);
			expect(response.body).toEqual({
				error: { code: 'cross_origin', message: expect.any(String), issues: [] }
			});
		}
		expect(await app.staff.auth.repository.listProposals({ limit: 10 })).toEqual([]);
		const own = await editor.agent
			.post('/api/admin/proposals')
			.set('Host', 'stodkartan.test')
			.set('Origin', 'http://stodkartan.test')
			.set('Sec-Fetch-Site', 'same-origin')
			.send(proposal);
		expect(own.status).toBe(201);
	});

	test('a form post (not JSON) cannot reach a staff route', async () => {
		const editor = await createAccount(app, 'editor', { organizationId: 'org' });
		await logIn(editor);
		const response = await editor.agent
			.post('/api/admin/proposals')
			.type('form')
			.send('serviceId=line&changes=x');
		expect(response.status).toBe(415);
	});

	test('no answer allows another origin to read it (no CORS headers)', async () => {
		const response = await app.request
			.options('/api/auth/login')
			.set('Origin', 'https://evil.example');
		expect(response.headers['access-control-allow-origin']).toBeUndefined();
	});
});

describe('privacy', () => {
	test('public answers never set a cookie, even for a logged-in staff member', async () => {
		const editor = await createAccount(app, 'editor', { organizationId: 'org' });
		await logIn(editor);
		for (const path of [
			'/api/services',
			'/api/services/line',
			'/api/needs',
			'/api/regions',
			'/api/health'
		]) {
			const response = await editor.agent.get(path);
			expect(response.headers['set-cookie']).toBeUndefined();
		}
		const match = await editor.agent.post('/api/match').send({ text: 'hej' });
		expect(match.headers['set-cookie']).toBeUndefined();
	});

	test('passwords, codes and tokens never reach the logs', async () => {
		const admin = await createAccount(app, 'admin');
		const code = freshCode(admin.totpSecret as string);
		await app.request
			.post('/api/auth/login')
			.send({ email: admin.user.email, password: 'CanaryPw-123!xyz', totp: code });
		const login = await logIn(admin);
		const token = ((login.headers['set-cookie'] as unknown as string[])[0] ?? '').split(
			/[=;]/
		)[1] as string;
		const logs = app.logs.join('\n');
		expect(logs).not.toContain('CanaryPw');
		expect(logs).not.toContain(PASSWORD);
		expect(logs).not.toContain(token);
		expect(logs).not.toContain(admin.user.email);
	});
});
