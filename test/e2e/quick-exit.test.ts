import type { Browser, CDPSession, Page } from 'playwright-core';
import {
	EXIT_URL,
	launchBrowser,
	openPage,
	searchWithoutScript,
	useSiteInBrowser
} from './support/browser.js';

const STORY = 'min pojkvän hotar att sprida mina nakenbilder';
const running = useSiteInBrowser();

async function waitForExit(page: Page) {
	await page.waitForURL(EXIT_URL, { timeout: 5000 });
}

/** The app's own scripts never arrive: the page is as a slow phone has it before they load. */
async function holdAppScripts(page: Page): Promise<() => void> {
	let release: () => void = () => undefined;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await released;
		await route.abort();
	});
	return release;
}

async function searchWithScripts(page: Page) {
	await page.goto(`${running.site.base}/`, { waitUntil: 'networkidle' });
	await page.getByLabel('Vad har hänt, eller vad behöver du hjälp med?').fill(STORY);
	await page.getByRole('button', { name: 'Visa var jag kan få stöd' }).click();
	await page.getByRole('heading', { name: 'Här kan du få stöd' }).waitFor();
}

/** Whatever page is shown: does it hold the story typed, or any result? (Also without JavaScript.) */
async function shownOfTheSearch(page: Page) {
	await page.waitForLoadState('domcontentloaded');
	const fields = page.locator('textarea, input[type=text]');
	const values = await Promise.all((await fields.all()).map((field) => field.inputValue()));
	const text = await page.locator('body').innerText();
	return {
		story: values.some((value) => value.includes(STORY)) || text.includes(STORY),
		results: await page.locator('#results-heading, article').count()
	};
}

describe('the quick exit before the scripts have loaded', () => {
	test('Escape leaves while the app is still loading, also from the text field', async () => {
		const { page, context } = await openPage(running.browser, running.site);
		const release = await holdAppScripts(page);
		await page.goto(`${running.site.base}/`, { waitUntil: 'domcontentloaded' });
		await page.getByLabel('Vad har hänt, eller vad behöver du hjälp med?').fill('hej');
		await page.keyboard.press('Escape');
		await waitForExit(page);
		release();
		await context.close();
	});

	test('Shift three times leaves while the app is still loading, and says how many are left', async () => {
		const { page, context } = await openPage(running.browser, running.site);
		const release = await holdAppScripts(page);
		await page.goto(`${running.site.base}/sok`, { waitUntil: 'domcontentloaded' });
		await page.keyboard.press('Shift');
		expect(await page.locator('#exit-status').textContent()).toBe(
			'Shift, tryck 2 gånger till för att lämna sidan.'
		);
		await page.keyboard.press('Shift');
		expect(await page.locator('#exit-status').textContent()).toBe(
			'Shift, tryck 1 gång till för att lämna sidan.'
		);
		await page.keyboard.press('Shift');
		await waitForExit(page);
		release();
		await context.close();
	});

	test('the exit button takes the page’s place in the history even before the scripts load', async () => {
		const { page, context } = await openPage(running.browser, running.site);
		const release = await holdAppScripts(page);
		await page.goto('about:blank');
		await page.goto(`${running.site.base}/trygg-pa-natet`, { waitUntil: 'domcontentloaded' });
		await page.getByRole('link', { name: 'Lämna sidan', exact: true }).click();
		await waitForExit(page);
		await page.goBack();
		expect(page.url()).toBe('about:blank');
		release();
		await context.close();
	});

	test('the page is hidden, and the exit announced, while the neutral site loads', async () => {
		const { page, context } = await openPage(running.browser, running.site);
		await page.goto(`${running.site.base}/`, { waitUntil: 'networkidle' });
		// The neutral site answers with nothing to show (204), so the browser stays: what is on the
		// screen meanwhile is the notice, never the page.
		await page.route(`${EXIT_URL}**`, (route) => route.fulfill({ status: 204 }));
		await page.keyboard.press('Escape');
		await page.getByRole('alert').filter({ hasText: 'Lämnar sidan …' }).waitFor();
		expect(await page.locator('#app').isHidden()).toBe(true);
		expect(await page.getByRole('link', { name: 'Lämna sidan', exact: true }).count()).toBe(0);
		await context.close();
	});
});

describe('after the exit, Back never shows the story or the results', () => {
	test('with JavaScript, exit from the results: Back leaves the site', async () => {
		const { page, context } = await openPage(running.browser, running.site);
		await page.goto('about:blank');
		await searchWithScripts(page);
		await page.keyboard.press('Escape');
		await waitForExit(page);
		await page.goBack();
		expect(page.url()).toBe('about:blank');
		await context.close();
	});

	test('with JavaScript, exit from a service page opened from the results', async () => {
		const { page, context } = await openPage(running.browser, running.site);
		await page.goto('about:blank');
		await searchWithScripts(page);
		await page.locator('article h3 a').first().click();
		await page.waitForURL(/\/tjanst\//);
		await page.getByRole('link', { name: 'Lämna sidan', exact: true }).click();
		await waitForExit(page);
		await page.goBack();
		// The start page of the visit is still in the history, but loaded afresh: empty.
		expect(page.url()).toBe(`${running.site.base}/`);
		expect(await shownOfTheSearch(page)).toEqual({ story: false, results: 0 });
		await context.close();
	});

	test('without JavaScript: the results page is not shown again, even if the browser resends it', async () => {
		const { page, context } = await openPage(running.browser, running.site, {
			javaScriptEnabled: false
		});
		await searchWithoutScript(page, running.site, { text: STORY });
		expect((await shownOfTheSearch(page)).results).toBeGreaterThan(0);
		await page.getByRole('link', { name: 'Lämna sidan', exact: true }).click();
		await waitForExit(page);
		// Without JavaScript the button is a plain link; Back returns to the results' entry. This
		// browser, intercepted by the test, sends the form again (a real one asks first).
		await page.goBack();
		expect(await shownOfTheSearch(page)).toEqual({ story: false, results: 0 });
		await page.getByText('Av säkerhetsskäl visar vi en sökning bara en gång').waitFor();
		await context.close();
	});
});

describe('the back/forward cache', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser({ backForwardCache: true });
	});
	afterAll(async () => {
		await browser?.close();
	});

	async function backAfterLeavingTheDocument(page: Page, cdp: CDPSession) {
		const reasons: string[] = [];
		cdp.on('Page.backForwardCacheNotUsed', (event) => {
			reasons.push(...event.notRestoredExplanations.map((explanation) => explanation.reason));
		});
		await searchWithScripts(page);
		// The language link loads a new document, so this one may go into the cache.
		await page.getByRole('link', { name: 'Read in English' }).click();
		await page.waitForURL(`${running.site.base}/en`);
		await page.waitForLoadState('networkidle');
		await page.goBack({ waitUntil: 'commit' });
		await page.waitForTimeout(1000);
		await page.waitForLoadState('networkidle');
		return reasons;
	}

	test('Chromium as shipped does not keep these pages (no-store), so Back loads them afresh', async () => {
		const { page, context } = await openPage(browser, running.site);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Page.enable');
		const reasons = await backAfterLeavingTheDocument(page, cdp);
		console.info(`back/forward cache not used: ${reasons.join(', ') || '(it was used)'}`);
		expect(await shownOfTheSearch(page)).toEqual({ story: false, results: 0 });
		await context.close();
	});

	test('a browser that keeps them anyway gets the page loaded afresh on Back', async () => {
		const { page, context } = await openPage(browser, running.site);
		// As Safari does, and Chromium may: the page is kept although it says no-store.
		await context.route(`${running.site.base}/**`, async (route) => {
			const response = await route.fetch();
			const headers = { ...response.headers() };
			delete headers['cache-control'];
			await route.fulfill({ response, headers });
		});
		const cdp = await context.newCDPSession(page);
		await cdp.send('Page.enable');
		const documents: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'document') documents.push(request.url());
		});
		const reasons = await backAfterLeavingTheDocument(page, cdp);
		expect(reasons).toEqual([]);
		// Restored from the cache, the page loaded itself again: the start page, empty.
		expect(documents.slice(-1)).toEqual([`${running.site.base}/`]);
		expect(await shownOfTheSearch(page)).toEqual({ story: false, results: 0 });
		await context.close();
	});
});
