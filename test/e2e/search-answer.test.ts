import type { Page } from 'playwright-core';
import {
	NOTHING_ON_DEVICE,
	openPage,
	searchWithoutScript,
	seriousAxeViolations,
	storedOnDevice,
	useSiteInBrowser
} from './support/browser.js';

const PHONE = { width: 390, height: 844 };
const STORY = 'jag vill prata med någon om något som hänt';
const running = useSiteInBrowser();

async function searchAsYoungPerson(page: Page, story = STORY) {
	await page.goto(`${running.site.base}/`, { waitUntil: 'networkidle' });
	await page.getByLabel('Vad har hänt, eller vad behöver du hjälp med?').fill(story);
	await page.getByLabel('Hur gammal är du?').fill('15');
	await page.getByRole('button', { name: 'Visa var jag kan få stöd' }).click();
	await page.getByRole('heading', { name: 'Här kan du få stöd' }).waitFor();
}

const resultNames = (page: Page) => page.locator('article h3').allTextContents();

describe('the answer comes first', () => {
	test('on a phone, focus and view land on the answer, with the first result in view', async () => {
		const { page, context } = await openPage(running.browser, running.site, { viewport: PHONE });
		await searchAsYoungPerson(page);
		await page.waitForFunction(() => document.activeElement?.id === 'results-heading');
		const exitBar = await page.locator('.exit-bar').boundingBox();
		const heading = await page.locator('#results-heading').boundingBox();
		const first = await page.locator('article h3').first().boundingBox();
		expect(exitBar && heading && first).toBeTruthy();
		if (!exitBar || !heading || !first) return;
		// Just below the sticky exit bar, not hidden under it, and the first result on screen.
		expect(heading.y).toBeGreaterThanOrEqual(exitBar.y + exitBar.height);
		expect(heading.y).toBeLessThan(exitBar.y + exitBar.height + 60);
		expect(first.y + first.height).toBeLessThanOrEqual(PHONE.height);
		expect(await seriousAxeViolations(page)).toEqual([]);
		await context.close();
	});

	test('without JavaScript, the answer is above the form and the browser opens at it', async () => {
		const { page, context } = await openPage(running.browser, running.site, {
			viewport: PHONE,
			javaScriptEnabled: false
		});
		await searchWithoutScript(page, running.site, { text: STORY });
		// Only a fragment joins the address: nothing that was typed.
		expect(page.url()).toBe(`${running.site.base}/#svar`);
		const answer = await page.locator('#svar').boundingBox();
		const form = await page.locator('#search-form').boundingBox();
		const first = await page.locator('article h3').first().boundingBox();
		expect(answer && form && first).toBeTruthy();
		if (!answer || !form || !first) return;
		expect(answer.y).toBeLessThan(form.y);
		expect(answer.y).toBeGreaterThanOrEqual(0);
		expect(answer.y).toBeLessThan(120);
		expect(first.y + first.height).toBeLessThanOrEqual(PHONE.height);
		await context.close();
	});
});

describe('Back keeps the search, from memory only', () => {
	test('Back from a service page shows the story and the results again, focus on the one opened', async () => {
		const { page, context } = await openPage(running.browser, running.site);
		await searchAsYoungPerson(page);
		const before = await resultNames(page);
		const opened = page.locator('article h3 a').nth(1);
		const href = await opened.getAttribute('href');
		await opened.click();
		await page.waitForURL(`${running.site.base}${href}`);
		await page.goBack();
		await page.getByRole('heading', { name: 'Här kan du få stöd' }).waitFor();
		expect(await resultNames(page)).toEqual(before);
		expect(
			await page.getByLabel('Vad har hänt, eller vad behöver du hjälp med?').inputValue()
		).toBe(STORY);
		expect(await page.getByLabel('Hur gammal är du?').inputValue()).toBe('15');
		await page.waitForFunction(
			(link) => document.activeElement?.getAttribute('href') === link,
			href
		);

		// The service page's own Back link does the same.
		await page.locator(`article h3 a[href="${href}"]`).click();
		await page.waitForURL(`${running.site.base}${href}`);
		await page.getByRole('link', { name: 'Tillbaka', exact: true }).click();
		await page.getByRole('heading', { name: 'Här kan du få stöd' }).waitFor();
		expect(await resultNames(page)).toEqual(before);
		expect(await storedOnDevice(page)).toEqual(NOTHING_ON_DEVICE);
		await context.close();
	});

	test('a search can be sent again after Back, and the new answer replaces the one kept', async () => {
		const { page, context } = await openPage(running.browser, running.site);
		await searchAsYoungPerson(page);
		await page.locator('article h3 a').first().click();
		await page.waitForURL(/\/tjanst\//);
		await page.goBack();
		await page.getByRole('heading', { name: 'Här kan du få stöd' }).waitFor();
		const field = page.getByLabel('Vad har hänt, eller vad behöver du hjälp med?');
		await field.fill('han hotar att sprida mina nakenbilder');
		await page.getByRole('button', { name: 'Visa var jag kan få stöd' }).click();
		await page.waitForFunction(() =>
			[...document.querySelectorAll('article h3')].some((heading) =>
				heading.textContent?.includes('Bildhjälpen')
			)
		);
		expect(await page.getByRole('alert').filter({ hasText: 'bara en gång' }).count()).toBe(0);
		await context.close();
	});

	test("the worker's search comes back from the shortlist with every field and filter", async () => {
		const { page, context } = await openPage(running.browser, running.site);
		await page.goto(`${running.site.base}/sok`, { waitUntil: 'networkidle' });
		await page.getByLabel('Vem söker?').selectOption('professional');
		await page.getByLabel('Barnets ålder').fill('7');
		await page.getByLabel('Var bor barnet?').fill('Borås');
		await page.getByLabel('Barnahus och utredning').check();
		await page.getByLabel('går att kontakta anonymt').check();
		await page.getByRole('button', { name: 'Sök', exact: true }).click();
		await page.getByRole('heading', { name: 'Stöd och nästa steg' }).waitFor();
		const before = await resultNames(page);
		await page.getByRole('button', { name: 'Lägg till i listan' }).first().click();
		await page.getByRole('link', { name: /Din lista \(1\)/ }).click();
		await page.getByRole('heading', { name: 'Din lista' }).waitFor();
		await page.getByRole('link', { name: 'Tillbaka till sökningen' }).click();
		await page.getByRole('heading', { name: 'Stöd och nästa steg' }).waitFor();
		expect(await resultNames(page)).toEqual(before);
		expect(await page.getByLabel('Barnets ålder').inputValue()).toBe('7');
		expect(await page.getByLabel('Var bor barnet?').inputValue()).toBe('Borås');
		expect(await page.getByRole('checkbox', { name: 'Barnahus och utredning' }).isChecked()).toBe(
			true
		);
		expect(await page.getByRole('checkbox', { name: 'går att kontakta anonymt' }).isChecked()).toBe(
			true
		);
		expect(await page.getByLabel('Vem söker?').inputValue()).toBe('professional');
		await page.locator('.leaflet-container').waitFor();
		expect(await storedOnDevice(page)).toEqual(NOTHING_ON_DEVICE);
		await context.close();
	});

	test('a new visit to the start page starts empty', async () => {
		const { page, context } = await openPage(running.browser, running.site);
		await searchAsYoungPerson(page);
		await page.getByRole('link', { name: 'Trygg på nätet' }).first().click();
		await page.getByRole('heading', { level: 1, name: 'Trygg på nätet' }).waitFor();
		await page.getByRole('link', { name: 'Hitta stöd' }).first().click();
		await page.getByRole('heading', { level: 1, name: 'Här kan du hitta stöd' }).waitFor();
		expect(await page.locator('article').count()).toBe(0);
		expect(
			await page.getByLabel('Vad har hänt, eller vad behöver du hjälp med?').inputValue()
		).toBe('');
		await context.close();
	});
});
