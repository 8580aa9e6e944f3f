import type { Page } from 'playwright-core';
import {
	EXIT_URL,
	openPage,
	seriousAxeViolations,
	useSiteInBrowser,
	NOTHING_ON_DEVICE,
	storedOnDevice
} from './support/browser.js';

const running = useSiteInBrowser();

const PAGES = [
	'/',
	'/fragor',
	'/sok',
	'/sok/lista',
	'/tjanst/bildhjalpen',
	'/trygg-pa-natet',
	'/om',
	'/en',
	'/en/sok'
];

async function waitForExit(page: Page) {
	await page.waitForURL(EXIT_URL, { timeout: 5000 });
}

describe('safety on every page', () => {
	test.each(PAGES)(
		'%s has a quick exit that leaves the site, and Back does not return to the page',
		async (path) => {
			const { page, context } = await openPage(running.browser, running.site);
			await page.goto('about:blank', { waitUntil: 'networkidle' });
			await page.goto(`${running.site.base}${path}`, { waitUntil: 'networkidle' });
			const exit = page
				.getByRole('link', { name: 'Lämna sidan', exact: true })
				.or(page.getByRole('link', { name: 'Leave this page', exact: true }));
			await expect(exit.isVisible()).resolves.toBe(true);
			expect(await exit.getAttribute('rel')).toContain('noreferrer');
			await exit.click();
			await waitForExit(page);
			await page.goBack();
			expect(page.url()).not.toContain(running.site.base);
			await context.close();
		}
	);

	test('Escape leaves from anywhere, also while typing in the search field', async () => {
		const { page, context } = await openPage(running.browser, running.site);
		await page.goto(`${running.site.base}/`, { waitUntil: 'networkidle' });
		await page.getByLabel('Vad har hänt, eller vad behöver du hjälp med?').fill('hej');
		await page.keyboard.press('Escape');
		await waitForExit(page);
		await context.close();
	});

	test('Shift pressed three times leaves; capital letters do not count', async () => {
		const { page, context } = await openPage(running.browser, running.site);
		await page.goto(`${running.site.base}/`, { waitUntil: 'networkidle' });
		const field = page.getByLabel('Vad har hänt, eller vad behöver du hjälp med?');
		await field.click();
		await page.keyboard.type('Hej Anna Och Per');
		await page.keyboard.press('Shift');
		await page.keyboard.press('Shift');
		await page.keyboard.type('a');
		await page.keyboard.press('Shift');
		await page.waitForTimeout(300);
		expect(page.url()).toBe(`${running.site.base}/`);
		await page.keyboard.press('Shift');
		await page.keyboard.press('Shift');
		await page.keyboard.press('Shift');
		await waitForExit(page);
		await context.close();
	});

	test('a second exit link follows the skip link in the tab order', async () => {
		const { page, context } = await openPage(running.browser, running.site);
		await page.goto(`${running.site.base}/sok`, { waitUntil: 'networkidle' });
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
			'Hoppa till innehållet'
		);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
			'Lämna sidan snabbt'
		);
		await page.keyboard.press('Enter');
		await waitForExit(page);
		await context.close();
	});

	test('the quick exit stays in view at the bottom of a long page, on a small phone', async () => {
		const { page, context } = await openPage(running.browser, running.site, {
			viewport: { width: 320, height: 640 }
		});
		await page.goto(`${running.site.base}/trygg-pa-natet`, { waitUntil: 'networkidle' });
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		const box = await page.locator('.exit-button').boundingBox();
		expect(box && box.y >= 0 && box.y + box.height <= 640).toBe(true);
		expect(
			await page.evaluate(
				() => document.documentElement.scrollWidth <= document.documentElement.clientWidth
			)
		).toBe(true);
		await context.close();
	});

	test('pages set no cookie, store nothing, and are never cached', async () => {
		const { page, context } = await openPage(running.browser, running.site);
		for (const path of PAGES) {
			const response = await page.goto(`${running.site.base}${path}`, { waitUntil: 'networkidle' });
			expect(response?.headers()['cache-control']).toBe('no-store');
			expect(response?.headers()['set-cookie']).toBeUndefined();
		}
		expect(await storedOnDevice(page)).toEqual(NOTHING_ON_DEVICE);
		await context.close();
	});

	test.each([true, false])(
		'every answer that can repeat a search is no-store (JavaScript on: %s)',
		async (javaScriptEnabled) => {
			const { page, context } = await openPage(running.browser, running.site, {
				javaScriptEnabled
			});
			const answers: { url: string; method: string; cacheControl: string | undefined }[] = [];
			page.on('response', (response) => {
				const url = response.url();
				// Files built once for everyone (scripts, styles, the map outlines) may be cached.
				if (!url.startsWith(running.site.base) || /\/_app\/immutable\/|\.svg$/.test(url)) return;
				answers.push({
					url: url.slice(running.site.base.length),
					method: response.request().method(),
					cacheControl: response.headers()['cache-control']
				});
			});
			await page.goto(`${running.site.base}/`, { waitUntil: 'networkidle' });
			await page.getByLabel('Vad har hänt, eller vad behöver du hjälp med?').fill('hotar mig');
			await page.getByLabel('Hur gammal är du?').fill('15');
			await page.getByLabel('Var bor du?').fill('Sundsvall');
			await Promise.all([
				javaScriptEnabled
					? page.waitForResponse((response) => response.request().method() === 'POST')
					: page.waitForNavigation(),
				page.getByRole('button', { name: 'Visa var jag kan få stöd' }).click()
			]);
			await page.locator('article h3 a').first().click();
			await page.waitForLoadState('networkidle');
			const posts = answers.filter((answer) => answer.method === 'POST');
			expect(posts).toHaveLength(1);
			// With JavaScript, the page data of the service page comes as __data.json.
			if (javaScriptEnabled) expect(answers.map((a) => a.url).join()).toMatch(/__data\.json/);
			expect(answers.filter((answer) => answer.cacheControl !== 'no-store')).toEqual([]);
			await context.close();
		}
	);

	test('titles are neutral: they never name what happened', async () => {
		const { page, context } = await openPage(running.browser, running.site);
		for (const path of PAGES) {
			await page.goto(`${running.site.base}${path}`, { waitUntil: 'networkidle' });
			expect(await page.title()).not.toMatch(/våldt|övergrepp|sexuell|naken|rape|abuse/i);
		}
		await context.close();
	});
});

describe('accessibility', () => {
	test.each(['/', '/fragor', '/sok', '/tjanst/barnahus-sjuharad', '/trygg-pa-natet', '/om', '/en'])(
		'axe finds no serious or critical violation on %s',
		async (path) => {
			const { page, context } = await openPage(running.browser, running.site);
			await page.goto(`${running.site.base}${path}`, { waitUntil: 'networkidle' });
			expect(await seriousAxeViolations(page)).toEqual([]);
			await context.close();
		}
	);

	test.each(['/', '/sok', '/tjanst/bris'])(
		'%s reflows at 320 px without sideways scrolling',
		async (path) => {
			const { page, context } = await openPage(running.browser, running.site, {
				viewport: { width: 320, height: 640 }
			});
			await page.goto(`${running.site.base}${path}`, { waitUntil: 'networkidle' });
			expect(
				await page.evaluate(
					() => document.documentElement.scrollWidth <= document.documentElement.clientWidth
				)
			).toBe(true);
			await context.close();
		}
	);

	test('form controls, links and buttons are at least 24 by 24 px', async () => {
		const { page, context } = await openPage(running.browser, running.site);
		await page.goto(`${running.site.base}/sok`, { waitUntil: 'networkidle' });
		const small = await page.evaluate(() =>
			[
				...document.querySelectorAll(
					'main a, main button, main input, main select, header a, .exit-bar a'
				)
			]
				.filter((element) => (element as HTMLElement).offsetParent !== null)
				.map((element) => ({
					element: element.outerHTML.slice(0, 80),
					box: element.getBoundingClientRect()
				}))
				.filter(
					({ box, element }) =>
						(box.width < 24 || box.height < 24) &&
						!element.startsWith('<a') /* inline links in text are exempt */
				)
		);
		expect(small).toEqual([]);
		await context.close();
	});
});

describe('performance budget', () => {
	test("the young person's start page loads at most 100 KB of JavaScript, gzipped", async () => {
		const { page, context } = await openPage(running.browser, running.site);
		const scripts: string[] = [];
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script') scripts.push(response.url());
		});
		await page.goto(`${running.site.base}/`, { waitUntil: 'networkidle' });
		const { gzipSync } = await import('node:zlib');
		let total = 0;
		for (const url of scripts) {
			total += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).length;
		}
		console.info(`start page: ${scripts.length} scripts, ${(total / 1024).toFixed(1)} KB gzipped`);
		expect(scripts.length).toBeGreaterThan(0);
		expect(total).toBeLessThanOrEqual(100 * 1024);
		await context.close();
	});
});
