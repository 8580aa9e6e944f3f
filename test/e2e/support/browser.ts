import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { jest } from '@jest/globals';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { FIXTURES, ROOT } from '../../support/domain.js';

/** The quick exit leaves for this address in the tests; a stub page answers it. */
export const EXIT_URL = 'https://exit.example/';

export interface RunningSite {
	base: string;
	/** The server's DATA_DIR (the staff tests create the first admin in its store). */
	dataDir: string;
	stop(): Promise<void>;
}

/**
 * The real server (built site and API) in a temporary data folder, over the fixture catalogue,
 * or over the real catalogue of data/ (`catalogue: 'data'`) as npm start serves it.
 */
export async function startSite(
	options: { catalogue?: 'fixture' | 'data' } = {}
): Promise<RunningSite> {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'stodkartan-e2e-'));
	const port = (options.catalogue === 'data' ? 43000 : 41000) + (process.pid % 2000);
	const catalogue =
		options.catalogue === 'data'
			? {}
			: { CATALOGUE_FILE: path.join(FIXTURES, 'fixture-catalogue.json') };
	const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'api/dist/server.js')], {
		cwd: ROOT,
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: dataDir,
			...catalogue,
			EXIT_URL,
			LOG_LEVEL: 'warn',
			NODE_ENV: 'production'
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const base = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
		try {
			if ((await fetch(`${base}/api/health`)).ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) throw new Error('the server did not become healthy');
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	return {
		base,
		dataDir,
		async stop() {
			child.kill('SIGTERM');
			await new Promise((resolve) => child.once('exit', resolve));
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

/**
 * Debian's Chromium, headless. Playwright turns the back/forward cache off unless
 * `backForwardCache` asks for it as a browser has it.
 */
export function launchBrowser(options: { backForwardCache?: boolean } = {}): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		...(options.backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-quic',
			'--no-first-run'
		]
	});
}

export interface WatchedPage {
	page: Page;
	context: BrowserContext;
	/** Requests to any origin but the site's own (the quick exit's stub excepted). */
	foreignRequests: string[];
	/** Content-Security-Policy violations reported by the page. */
	cspViolations: string[];
}

/**
 * A fresh browser context that records every request leaving the site's origin. Such requests
 * are answered locally and never reach the network; the exit address gets a stub page.
 */
export async function openPage(
	browser: Browser,
	site: RunningSite,
	options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}
): Promise<WatchedPage> {
	const context = await browser.newContext({
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		viewport: options.viewport ?? { width: 1280, height: 900 },
		locale: 'sv-SE'
	});
	const foreignRequests: string[] = [];
	const cspViolations: string[] = [];
	await context.route('**/*', async (route) => {
		const url = route.request().url();
		if (url.startsWith(site.base)) return route.continue();
		if (url.startsWith(EXIT_URL)) {
			return route.fulfill({
				status: 200,
				contentType: 'text/html',
				body: '<!doctype html><title>Väder</title><h1>Väder</h1>'
			});
		}
		foreignRequests.push(url);
		return route.abort();
	});
	await context.addInitScript(() => {
		Object.defineProperty(window, 'deviceSessionStorage', { value: window.sessionStorage });
	});
	const page = await context.newPage();
	page.on('console', (message) => {
		if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text())) {
			cspViolations.push(message.text());
		}
	});
	return { page, context, foreignRequests, cspViolations };
}

/**
 * The young person's search from the start page, in a page without JavaScript: the form is
 * sent as a plain POST and the answer comes as a new page.
 */
export async function searchWithoutScript(
	page: Page,
	site: RunningSite,
	fields: { text: string; age?: string; place?: string }
): Promise<void> {
	await page.goto(`${site.base}/`);
	await page.getByLabel('Vad har hänt, eller vad behöver du hjälp med?').fill(fields.text);
	if (fields.age) await page.getByLabel('Hur gammal är du?').fill(fields.age);
	if (fields.place) await page.getByLabel('Var bor du?').fill(fields.place);
	await Promise.all([
		page.waitForNavigation(),
		page.getByRole('button', { name: 'Visa var jag kan få stöd' }).click()
	]);
}

/** axe-core on the page as it is now: serious and critical violations of WCAG 2.2 AA. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	return results.violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map(
			(violation) =>
				`${violation.id}: ${violation.help} (${violation.nodes
					.map((node) => node.target.join(' '))
					.slice(0, 3)
					.join(' | ')})`
		);
}

/**
 * What the site left on the device: cookies and the browser's storage. The site shadows
 * window.sessionStorage with an in-memory object, so the device's own storage is kept aside
 * before any page script runs.
 */
export async function storedOnDevice(page: Page): Promise<typeof NOTHING_ON_DEVICE> {
	const cookies = (await page.context().cookies()).length;
	const storage = await page.evaluate(async () => {
		const session = (window as unknown as { deviceSessionStorage: Storage }).deviceSessionStorage;
		return {
			local: localStorage.length,
			session: session.length,
			databases: (await indexedDB.databases()).length,
			serviceWorker: Boolean(navigator.serviceWorker?.controller)
		};
	});
	return { cookies, ...storage };
}

export const NOTHING_ON_DEVICE = {
	cookies: 0,
	local: 0,
	session: 0,
	databases: 0,
	serviceWorker: false
};

/**
 * Starts the site (over the fixture catalogue, or data/) and Chromium once for a test file, and
 * stops both after it. Two cores run the server, Chromium and the tests: pages take their time.
 */
export function useSiteInBrowser(options: { catalogue?: 'fixture' | 'data' } = {}): {
	readonly site: RunningSite;
	readonly browser: Browser;
} {
	const running = {} as { site: RunningSite; browser: Browser };
	jest.setTimeout(90_000);
	beforeAll(async () => {
		[running.site, running.browser] = await Promise.all([startSite(options), launchBrowser()]);
	}, 90_000);
	afterAll(async () => {
		await running.browser?.close();
		await running.site?.stop();
	});
	return running;
}
