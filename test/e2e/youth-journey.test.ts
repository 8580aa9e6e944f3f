import {
	openPage,
	seriousAxeViolations,
	useSiteInBrowser,
	NOTHING_ON_DEVICE,
	storedOnDevice
} from './support/browser.js';

const STORY = 'han hotar att sprida mina nakenbilder om jag inte skickar fler';
const running = useSiteInBrowser();

describe("the young person's journey", () => {
	test('writing in their own words finds the image-removal service; the text never enters the URL', async () => {
		const { page, context, foreignRequests, cspViolations } = await openPage(
			running.browser,
			running.site
		);
		await page.goto(`${running.site.base}/`, { waitUntil: 'networkidle' });
		await page.getByLabel('Vad har hänt, eller vad behöver du hjälp med?').fill(STORY);
		await page.getByLabel('Hur gammal är du?').fill('15');
		await page.getByLabel('Var bor du?').fill('Sundsvall');
		await page.getByRole('button', { name: 'Visa var jag kan få stöd' }).click();
		await page.getByRole('heading', { name: 'Här kan du få stöd' }).waitFor();

		const names = await page.locator('article h3').allTextContents();
		expect(names.slice(0, 3)).toContain('Bildhjälpen – ta bort bilder');
		await expect(
			page.getByRole('status').filter({ hasText: 'ställen kan hjälpa dig' }).count()
		).resolves.toBe(1);
		await expect(
			page.locator('#results-heading').evaluate((heading) => heading === document.activeElement)
		).resolves.toBe(true);

		const url = decodeURIComponent(page.url());
		expect(url).toBe(`${running.site.base}/`);
		expect(url).not.toMatch(/nakenbilder|sprida/);
		const browserState: string = await page.evaluate(() =>
			JSON.stringify([location.href, window.history.state, window.history.length])
		);
		expect(browserState).not.toMatch(/nakenbilder/);
		expect(await storedOnDevice(page)).toEqual(NOTHING_ON_DEVICE);
		expect(foreignRequests).toEqual([]);
		expect(cspViolations).toEqual([]);
		expect(await seriousAxeViolations(page)).toEqual([]);
		await context.close();
	});

	test('the basic search works without JavaScript, as a form POST', async () => {
		const { page, context, foreignRequests } = await openPage(running.browser, running.site, {
			javaScriptEnabled: false
		});
		await page.goto(`${running.site.base}/`, { waitUntil: 'networkidle' });
		await page.getByLabel('Vad har hänt, eller vad behöver du hjälp med?').fill(STORY);
		await page.getByLabel('Hur gammal är du?').fill('15');
		await Promise.all([
			page.waitForNavigation(),
			page.getByRole('button', { name: 'Visa var jag kan få stöd' }).click()
		]);
		expect(await page.locator('article h3').allTextContents()).toContain(
			'Bildhjälpen – ta bort bilder'
		);
		expect(decodeURIComponent(page.url())).not.toMatch(/nakenbilder/);
		expect(foreignRequests).toEqual([]);
		await context.close();
	});

	test('someone in danger right now sees the emergency number first', async () => {
		const { page, context } = await openPage(running.browser, running.site);
		await page.goto(`${running.site.base}/`, { waitUntil: 'networkidle' });
		await page
			.getByLabel('Vad har hänt, eller vad behöver du hjälp med?')
			.fill('jag är i fara just nu, han står utanför dörren');
		await page.getByRole('button', { name: 'Visa var jag kan få stöd' }).click();
		await page.getByRole('heading', { name: 'Är du i fara just nu? Ring 112.' }).waitFor();
		expect(await page.locator('article h3').first().textContent()).toMatch(/Larm|112/);
		await context.close();
	});

	test('a few plain questions lead to results too, and an invalid age gets a clear message', async () => {
		const { page, context } = await openPage(running.browser, running.site);
		await page.goto(`${running.site.base}/fragor`, { waitUntil: 'networkidle' });
		await page.getByLabel('Någon har tvingat mig till sex').check();
		await page.getByLabel('Jag vill prata eller chatta med någon').check();
		await page.getByLabel('Hur gammal är du?').fill('fjorton');
		await page.getByRole('button', { name: 'Visa var jag kan få stöd' }).click();
		// A summary of what to fix takes the focus; its link leads to the field, which says it too.
		const summary = page.getByRole('alert').filter({ hasText: 'Rätta det här' });
		await summary.waitFor();
		await expect(summary.evaluate((element) => element === document.activeElement)).resolves.toBe(
			true
		);
		await summary
			.getByRole('link', { name: 'Skriv åldern med siffror, mellan 0 och 120.' })
			.click();
		await expect(
			page.getByLabel('Hur gammal är du?').evaluate((field) => field === document.activeElement)
		).resolves.toBe(true);
		expect(await page.locator('#age-error').textContent()).toBe(
			'Skriv åldern med siffror, mellan 0 och 120.'
		);
		expect(await page.getByLabel('Hur gammal är du?').getAttribute('aria-invalid')).toBe('true');
		await page.getByLabel('Hur gammal är du?').fill('15');
		await page.getByLabel('Chatt', { exact: true }).check();
		await page.getByRole('button', { name: 'Visa var jag kan få stöd' }).click();
		await page.getByRole('heading', { name: 'Här kan du få stöd' }).waitFor();
		expect(await page.locator('article').count()).toBeGreaterThan(2);
		expect(await seriousAxeViolations(page)).toEqual([]);
		await context.close();
	});

	test('English is one click away', async () => {
		const { page, context } = await openPage(running.browser, running.site);
		await page.goto(`${running.site.base}/`, { waitUntil: 'networkidle' });
		await page.getByRole('link', { name: 'Read in English' }).click();
		await page.getByRole('heading', { name: 'Here you can find support' }).waitFor();
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(page.url()).toBe(`${running.site.base}/en`);
		await context.close();
	});
});
