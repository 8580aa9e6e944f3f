import { openPage, seriousAxeViolations, useSiteInBrowser } from './support/browser.js';

const running = useSiteInBrowser();

describe("the support worker's journey", () => {
	test('filters, reasons, the map, a service page, the shortlist and the print view', async () => {
		const { page, context, foreignRequests, cspViolations } = await openPage(
			running.browser,
			running.site
		);
		await page.goto(`${running.site.base}/sok`, { waitUntil: 'networkidle' });
		await page.getByLabel('Vem söker?').selectOption('professional');
		await page.getByLabel('Barnets ålder').fill('7');
		await page.getByLabel('Var bor barnet?').fill('Borås');
		await page.getByLabel('Barnahus och utredning').check();
		await page.getByLabel('Sexuella övergrepp', { exact: true }).check();
		await page.getByRole('button', { name: 'Sök', exact: true }).click();
		await page.getByRole('heading', { name: 'Stöd och nästa steg' }).waitFor();

		// Every result is one the child may use: a 7-year-old in Borås.
		const names = await page.locator('article h3').allTextContents();
		expect(names[0]).toBe('Barnahus Sjuhärad');
		expect(names).not.toContain('Barnahus Göteborg');
		const reasons = page.locator('article').first().getByText('Varför den här?');
		await reasons.click();
		await expect(
			page.locator('article').first().locator('.reasons li').count()
		).resolves.toBeGreaterThan(2);

		// The map, beside the list, with markers that have names, and axe on it.
		await page.locator('.leaflet-container').waitFor();
		await page.locator('.service-marker').first().waitFor();
		expect(await page.locator('.service-marker').first().getAttribute('aria-label')).toBeTruthy();
		await page.locator('article').first().getByRole('button', { name: 'Karta' }).click();
		await page
			.locator('.leaflet-overlay-pane path[fill="#1f5f5b"]')
			.first()
			.waitFor({ state: 'attached' });
		expect(await seriousAxeViolations(page)).toEqual([]);

		// A marker opens by keyboard, and its popup takes the focus.
		await page.locator('.service-marker').first().focus();
		await page.keyboard.press('Enter');
		await page.locator('.leaflet-popup-content a').waitFor();
		expect(
			await page.evaluate(() => document.activeElement?.closest('.leaflet-popup') !== null)
		).toBe(true);

		// The shortlist, held in this tab only.
		await page
			.locator('article')
			.first()
			.getByRole('button', { name: 'Lägg till i listan' })
			.click();
		await page
			.locator('article')
			.nth(1)
			.getByRole('button', { name: 'Lägg till i listan' })
			.click();
		expect(
			await page
				.locator('article')
				.first()
				.getByRole('button', { name: 'Ta bort från listan' })
				.getAttribute('aria-pressed')
		).toBe('true');

		// A service page with its sources and verification date.
		await page.locator('article h3 a').first().click();
		await page.getByRole('heading', { level: 1, name: 'Barnahus Sjuhärad' }).waitFor();
		await page.getByRole('heading', { name: 'Källor' }).waitFor();
		expect(await page.getByText('Källorna lästes senast 1 oktober 2026').count()).toBeGreaterThan(
			0
		);
		expect(await page.getByText('inte bekräftade av verksamheten').count()).toBeGreaterThan(0);
		expect(await seriousAxeViolations(page)).toEqual([]);

		// Back to the search: the list is still there; then the print view.
		await page.goBack();
		await page.getByRole('link', { name: /Din lista \(2\)/ }).click();
		await page.getByRole('heading', { name: 'Din lista' }).waitFor();
		const sheet = page.locator('.sheet');
		expect(await sheet.locator('ol > li h3').allTextContents()).toEqual(names.slice(0, 2));
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.exit-bar').isVisible()).toBe(false);
		expect(await page.locator('.site-header').isVisible()).toBe(false);
		expect(await sheet.isVisible()).toBe(true);
		// The sheet holds nothing about the child: not the age, not the needs. The municipality is
		// named only as the one whose social services it gives, as the print sheet should.
		const printed = (await sheet.innerText()).toLowerCase();
		expect(printed).not.toMatch(/\b7\b|7 år|barnahus och utredning/);
		const social = (await sheet.locator('.social').innerText()).toLowerCase();
		expect(printed.replace(social, '')).not.toMatch(/borås/);
		expect(social).toMatch(/socialtjänsten i borås/);
		// 112 is for danger now, never the social services' number.
		const socialContacts = await sheet.locator('.social li').allInnerTexts();
		expect(socialContacts.filter((line) => /\b112\b/.test(line))).toEqual([]);

		expect(await context.cookies()).toEqual([]);
		expect(foreignRequests).toEqual([]);
		expect(cspViolations).toEqual([]);
		await context.close();
	}, 90_000);

	test('a new search redraws the map: its markers are the new results', async () => {
		const { page, context } = await openPage(running.browser, running.site);
		await page.goto(`${running.site.base}/sok`, { waitUntil: 'networkidle' });
		const markerNames = () =>
			page
				.locator('.service-marker')
				.evaluateAll((markers) => markers.map((marker) => marker.getAttribute('title') ?? ''));
		const resultNames = () => page.locator('article h3').allTextContents();
		const search = async (where: string, before: string[]) => {
			await page.getByLabel('Var bor barnet?').fill(where);
			await page.getByRole('button', { name: 'Sök', exact: true }).click();
			await page.waitForFunction(
				(previous) =>
					JSON.stringify(
						[...document.querySelectorAll('article h3')].map((heading) => heading.textContent)
					) !== previous,
				JSON.stringify(before)
			);
			await page.locator('.service-marker').first().waitFor();
		};

		await search('Borås', []);
		const first = await markerNames();
		await search('Luleå', await resultNames());
		const names = await resultNames();
		const second = await markerNames();
		expect(second.length).toBeGreaterThan(0);
		expect(second).not.toEqual(first);
		for (const marker of second) {
			expect({ marker, shown: names.some((name) => marker.startsWith(name)) }).toEqual({
				marker,
				shown: true
			});
		}
		await context.close();
	});

	test('the hard filters keep only services that fit: chat, anonymous, open now', async () => {
		const { page, context } = await openPage(running.browser, running.site);
		await page.goto(`${running.site.base}/sok`, { waitUntil: 'networkidle' });
		await page.getByLabel('Prata med någon').check();
		await page.getByLabel('Chatt', { exact: true }).check();
		await page.getByLabel('går att kontakta anonymt').check();
		await page.getByRole('button', { name: 'Sök', exact: true }).click();
		await page.getByRole('heading', { name: 'Stöd och nästa steg' }).waitFor();
		const contacts = await page
			.locator('article')
			.evaluateAll((articles) =>
				articles.map((article) =>
					[...article.querySelectorAll('.contacts .action')].map((node) => node.textContent)
				)
			);
		expect(contacts.length).toBeGreaterThan(0);
		for (const actions of contacts) expect(actions).toContain('Chatta');
		await context.close();
	});
});
