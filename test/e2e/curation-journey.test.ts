import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { totpCode } from '@stodkartan/api';
import { exportHsds, type Service } from '@stodkartan/core';
import type { Page } from 'playwright-core';
import {
	NOTHING_ON_DEVICE,
	openPage,
	seriousAxeViolations,
	storedOnDevice,
	useSiteInBrowser
} from './support/browser.js';
import { fixtureCatalogue } from '../support/domain.js';
import { testHsdsContext } from '../support/hsds.js';
import { runCommand } from '../support/processes.js';
import { createUserInStore } from '../support/staff.js';

/**
 * The staff side in Chromium: invite → set password → TOTP → propose → review → published →
 * audited → reverted, with axe on every page on the way, and the public "suggest a correction"
 * form without JavaScript.
 */
const running = useSiteInBrowser();
const ADMIN = { email: 'admin@example.org', password: 'seven quiet lanterns glow' };
const ADMIN_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const SERVICE = 'bup-trauma-01';
const OLD_NUMBER = '08-465 004 20';
const NEW_NUMBER = '08-123 456 78';
const IMPORTED_NUMBER = '08-765 432 10';

/**
 * A code the server will take: each time step works once, and the server accepts one step of
 * drift. Never the step before the current one: that code expires when the current step ends,
 * which a login begun a moment before could miss. So a third login within one 30-second step
 * waits for the next.
 */
const usedSteps = new Map<string, number>();
async function nextCode(secret: string): Promise<string> {
	const now = () => Math.floor(Date.now() / 30_000);
	const step = Math.max((usedSteps.get(secret) ?? -Infinity) + 1, now());
	while (step > now() + 1) await new Promise((resolve) => setTimeout(resolve, 1000));
	usedSteps.set(secret, step);
	return totpCode(secret, step * 30_000 + 1000);
}

async function expectAccessible(page: Page, label: string) {
	expect({ label, violations: await seriousAxeViolations(page) }).toEqual({
		label,
		violations: []
	});
}

async function logIn(page: Page, email: string, password: string, code?: string) {
	await page.goto(`${running.site.base}/redigera/logga-in`, { waitUntil: 'networkidle' });
	await page.getByLabel('E-post').fill(email);
	await page.getByLabel('Lösenord', { exact: true }).fill(password);
	if (code) await page.getByLabel('Kod från din autentiseringsapp').fill(code);
	await page.getByRole('button', { name: 'Logga in' }).click();
	await page.waitForLoadState('networkidle');
}

async function inviteLink(page: Page, email: string, role: string, organization?: string) {
	await page.goto(`${running.site.base}/redigera/anvandare`, { waitUntil: 'networkidle' });
	await page.getByLabel('E-post').fill(email);
	await page.getByLabel('Roll').selectOption(role);
	if (organization) {
		await page.getByLabel('Organisation (för redaktörer)').selectOption(organization);
	}
	await page.getByRole('button', { name: 'Skicka inbjudan' }).click();
	await page.waitForLoadState('networkidle');
	const link = (await page.locator('code.link').textContent()) ?? '';
	expect(link).toMatch(/\/redigera\/inbjudan\?token=[A-Za-z0-9_-]{43}$/);
	return link;
}

async function acceptInvitation(page: Page, link: string, password: string) {
	await page.goto(link, { waitUntil: 'networkidle' });
	await expectAccessible(page, 'invitation');
	await page.getByLabel('Nytt lösenord').fill(password);
	await page.getByLabel('Samma lösenord igen').fill(password);
	await page.getByRole('button', { name: 'Skapa kontot' }).click();
	await page.waitForURL(/\/redigera\/logga-in\?klart=1$/);
}

beforeAll(async () => {
	await createUserInStore(running.site.dataDir, {
		email: ADMIN.email,
		role: 'admin',
		password: ADMIN.password,
		totpSecret: ADMIN_SECRET
	});
});

test('the whole loop in the browser: invite, set password, TOTP, propose, review, publish, audit, revert', async () => {
	const admin = await openPage(running.browser, running.site);
	await admin.page.goto(`${running.site.base}/redigera`, { waitUntil: 'networkidle' });
	expect(admin.page.url()).toBe(`${running.site.base}/redigera/logga-in`);
	await expectAccessible(admin.page, 'login');
	await logIn(admin.page, ADMIN.email, 'wrong password here', totpCode(ADMIN_SECRET, Date.now()));
	await expect(admin.page.getByRole('alert').textContent()).resolves.toContain(
		'Fel e-post, lösenord eller kod.'
	);
	await expectAccessible(admin.page, 'login, error');
	await logIn(admin.page, ADMIN.email, ADMIN.password, await nextCode(ADMIN_SECRET));
	expect(admin.page.url()).toBe(`${running.site.base}/redigera`);
	const cookies = await admin.context.cookies();
	expect(cookies).toEqual([
		expect.objectContaining({
			name: 'stodkartan-staff',
			httpOnly: true,
			sameSite: 'Strict',
			path: '/'
		})
	]);
	await expectAccessible(admin.page, 'queue, empty');

	const editorLink = await inviteLink(admin.page, 'editor@example.org', 'editor', 'region-01');
	await expectAccessible(admin.page, 'users, link shown');
	const curatorLink = await inviteLink(admin.page, 'curator@example.org', 'curator');

	// The editor sets a password and proposes a new number, with its source.
	const editor = await openPage(running.browser, running.site);
	await acceptInvitation(editor.page, editorLink, 'purple ducks wander north');
	await logIn(editor.page, 'editor@example.org', 'purple ducks wander north');
	await editor.page.goto(`${running.site.base}/redigera/tjanster`, { waitUntil: 'networkidle' });
	await expectAccessible(editor.page, 'services');
	await editor.page.goto(`${running.site.base}/redigera/tjanster/${SERVICE}`, {
		waitUntil: 'networkidle'
	});
	await expectAccessible(editor.page, 'service form');
	await editor.page.locator('#contact-value-0').fill(NEW_NUMBER);
	await editor.page.getByLabel('Källans adress').fill('https://example.org/bup/kontakt');
	await editor.page.getByLabel('Läst den').fill('2026-01-20');
	await editor.page.getByRole('button', { name: 'Skicka förslaget' }).click();
	await editor.page.waitForLoadState('networkidle');
	await expect(editor.page.locator('main [role=status]').first().textContent()).resolves.toContain(
		'väntar på granskning'
	);

	// The curator sets a password, must set up TOTP, then reviews the highlighted diff.
	const curator = await openPage(running.browser, running.site);
	await acceptInvitation(curator.page, curatorLink, 'nine slow rivers turn');
	await logIn(curator.page, 'curator@example.org', 'nine slow rivers turn');
	expect(curator.page.url()).toBe(`${running.site.base}/redigera/tvafaktor`);
	await expectAccessible(curator.page, 'totp enrolment');
	const secret = ((await curator.page.getByTestId('totp-secret').textContent()) ?? '').replace(
		/\s+/g,
		''
	);
	await curator.page.getByLabel('Kod (sex siffror)').fill(await nextCode(secret));
	await curator.page.getByRole('button', { name: 'Slå på' }).click();
	await curator.page.waitForURL(`${running.site.base}/redigera`);
	const highlighted = curator.page.locator('table.diff tr.contact');
	await expect(highlighted.first().textContent()).resolves.toContain('Telefonnummer');
	await expect(highlighted.locator('mark').first().textContent()).resolves.toBe(NEW_NUMBER);
	await expectAccessible(curator.page, 'queue with a diff');
	await curator.page
		.getByRole('link', { name: /^Granska/ })
		.first()
		.click();
	await curator.page.waitForLoadState('networkidle');
	await expectAccessible(curator.page, 'proposal');
	await curator.page.getByLabel('Kommentar (valfri)').fill('Stämmer med källan');
	await curator.page.getByRole('button', { name: 'Godkänn och publicera' }).click();
	await curator.page.waitForLoadState('networkidle');
	await expect(curator.page.locator('main [role=status]').first().textContent()).resolves.toContain(
		'Godkänt och publicerat'
	);

	// Published: the public page shows the new number, and sets no cookie.
	const visitor = await openPage(running.browser, running.site);
	// This instance follows at once, or within its poll interval when it rebuilt moments ago.
	await visitor.page.goto(`${running.site.base}/tjanst/${SERVICE}`, { waitUntil: 'networkidle' });
	for (let attempt = 0; attempt < 15; attempt += 1) {
		if ((await visitor.page.locator('main').textContent())?.includes(NEW_NUMBER)) break;
		await visitor.page.waitForTimeout(1000);
		await visitor.page.reload({ waitUntil: 'networkidle' });
	}
	await expect(visitor.page.locator('main').textContent()).resolves.toContain(NEW_NUMBER);
	expect(await storedOnDevice(visitor.page)).toEqual(NOTHING_ON_DEVICE);
	await expectAccessible(visitor.page, 'service page with the suggestion form');

	// Audited, with the curator's e-mail; then the admin reverts it.
	await admin.page.goto(`${running.site.base}/redigera/logg`, { waitUntil: 'networkidle' });
	const approval = admin.page.locator('tr', { hasText: 'proposal.approved' });
	await expect(approval.first().textContent()).resolves.toContain('curator@example.org');
	await expectAccessible(admin.page, 'audit');
	await admin.page.goto(`${running.site.base}/redigera/tjanster/${SERVICE}`, {
		waitUntil: 'networkidle'
	});
	await admin.page.getByLabel('Varför').first().fill('Fel nummer');
	await admin.page
		.getByRole('button', { name: 'Återställ till den här versionen' })
		.first()
		.click();
	await admin.page.waitForLoadState('networkidle');
	await expect(admin.page.locator('main [role=status]').first().textContent()).resolves.toContain(
		'återställd'
	);
	// A revert is followed at once, whatever was published moments before.
	await visitor.page.reload({ waitUntil: 'networkidle' });
	await expect(visitor.page.locator('main').textContent()).resolves.toContain(OLD_NUMBER);
	expect(await storedOnDevice(visitor.page)).toEqual(NOTHING_ON_DEVICE);

	// Log out: the cookie is gone, and the staff pages send you to the login.
	await admin.page.getByRole('button', { name: 'Logga ut' }).click();
	await admin.page.waitForURL(/\/redigera\/logga-in\?ut=1$/);
	expect(await admin.context.cookies()).toEqual([]);
	for (const watched of [admin, editor, curator, visitor]) {
		expect(watched.foreignRequests).toEqual([]);
		expect(watched.cspViolations).toEqual([]);
		await watched.context.close();
	}
});

test('the staff pages speak English under /en', async () => {
	const { page, context } = await openPage(running.browser, running.site);
	await page.goto(`${running.site.base}/en/redigera`, { waitUntil: 'networkidle' });
	expect(page.url()).toBe(`${running.site.base}/en/redigera/logga-in`);
	await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Log in');
	expect(await page.getAttribute('html', 'lang')).toBe('en');
	await expectAccessible(page, 'login in English');
	await context.close();
});

test('a visitor suggests a correction without JavaScript, and nothing is left on the device', async () => {
	const { page, context } = await openPage(running.browser, running.site, {
		javaScriptEnabled: false
	});
	await page.goto(`${running.site.base}/tjanst/${SERVICE}`);
	await page.getByLabel('Vad är fel?').fill('Telefonnumret verkar ha ändrats');
	await page.getByRole('button', { name: 'Skicka' }).click();
	await page.waitForLoadState('load');
	await expect(page.locator('section.suggest [role=status]').textContent()).resolves.toContain(
		'Tack!'
	);
	expect(page.url()).not.toContain('Telefonnumret');
	expect((await context.cookies()).length).toBe(0);
	await context.close();
});

test('two minutes before an unused session ends, a warning offers to stay', async () => {
	const { page, context } = await openPage(running.browser, running.site);
	await page.clock.install();
	await logIn(page, ADMIN.email, ADMIN.password, await nextCode(ADMIN_SECRET));
	expect(page.url()).toBe(`${running.site.base}/redigera`);
	const dialog = page.getByRole('alertdialog');
	await page.clock.fastForward('27:00');
	expect(await dialog.count()).toBe(0);
	await page.clock.fastForward('01:30');
	await expect(dialog.getByRole('heading').textContent()).resolves.toBe('Du loggas snart ut');
	await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
		'Fortsätt vara inloggad'
	);
	await expectAccessible(page, 'session warning');
	await context.close();
});

test('an imported proposal says where it came from and who ran the import, who may withdraw it but not approve it', async () => {
	// A local service of the catalogue the site serves, with a new number, as another directory publishes it.
	const catalogue = fixtureCatalogue();
	const local = catalogue.services.find(
		(service) =>
			service.serviceArea.scope === 'local' &&
			service.contacts.some((contact) => contact.channel === 'phone')
	) as Service;
	const changed: Service = {
		...local,
		contacts: local.contacts.map((contact) =>
			contact.channel === 'phone' ? { ...contact, value: IMPORTED_NUMBER } : contact
		)
	};
	const directory = mkdtempSync(path.join(tmpdir(), 'stodkartan-e2e-hsds-'));
	try {
		const file = path.join(directory, 'regionens-katalog.json');
		const exported = exportHsds({ ...catalogue, services: [changed] }, testHsdsContext()).services;
		writeFileSync(file, JSON.stringify(exported));
		const result = runCommand('seed/dist/hsds-import.js', { DATA_DIR: running.site.dataDir }, [
			file,
			'--by',
			ADMIN.email
		]);
		expect(result.stderr).toBe('');
		expect(result.stdout).toMatch(/Proposed 1 for review/);
	} finally {
		rmSync(directory, { recursive: true, force: true });
	}

	const { page, context } = await openPage(running.browser, running.site);
	await logIn(page, ADMIN.email, ADMIN.password, await nextCode(ADMIN_SECRET));
	const item = page.locator('li.panel', { hasText: 'importen hsds:regionens-katalog.json' });
	await expect(item.textContent()).resolves.toContain(`(körd av ${ADMIN.email})`);
	await expect(item.locator('table.diff tr.contact mark').first().textContent()).resolves.toBe(
		IMPORTED_NUMBER
	);
	await expectAccessible(page, 'queue with an imported proposal');
	await item.getByRole('link', { name: /^Granska/ }).click();
	await page.waitForLoadState('networkidle');
	await expect(page.locator('dl.provenance').textContent()).resolves.toContain(
		'regionens-katalog.json'
	);
	await expect(
		page.getByRole('heading', { name: 'Varifrån importen kommer' }).count()
	).resolves.toBe(1);
	await expect(page.locator('main').textContent()).resolves.toContain(
		'Du har själv gjort förslaget'
	);
	await expect(page.getByRole('button', { name: 'Godkänn och publicera' }).count()).resolves.toBe(
		0
	);
	await expectAccessible(page, 'imported proposal');

	// The one who ran it withdraws it; the public never saw the number.
	await page.getByLabel('Motivering').fill('Fel fil');
	await page.getByRole('button', { name: 'Avslå' }).click();
	await page.waitForLoadState('networkidle');
	await expect(page.locator('main [role=status]').first().textContent()).resolves.toContain(
		'Avslaget'
	);
	await page.goto(`${running.site.base}/tjanst/${local.id}`, { waitUntil: 'networkidle' });
	await expect(page.locator('main').textContent()).resolves.not.toContain(IMPORTED_NUMBER);
	await context.close();
});
