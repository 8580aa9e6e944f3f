import type { Page } from 'playwright-core';
import { messages } from '$lib/i18n';
import {
	EXIT_URL,
	NOTHING_ON_DEVICE,
	openPage,
	searchWithoutScript,
	seriousAxeViolations,
	storedOnDevice,
	useSiteInBrowser,
	type WatchedPage
} from './support/browser.js';

/**
 * The journeys of issue 9 over the real catalogue, as npm start serves it: a 14-year-old in
 * Sundsvall threatened with her pictures, a 16-year-old boy writing in English after a rape, a
 * school counsellor in Härnösand, a parent in Uppsala, keyboard only, and without JavaScript.
 */
const running = useSiteInBrowser({ catalogue: 'data' });
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const THREAT = 'min pojkvän hotar att sprida mina nakenbilder om jag inte gör som han säger';

async function askAsYoungPerson(
	page: Page,
	{
		text,
		age,
		place,
		lang = 'sv'
	}: { text: string; age?: string; place?: string; lang?: 'sv' | 'en' }
) {
	const t = messages(lang);
	await page.goto(`${running.site.base}${lang === 'en' ? '/en' : '/'}`, {
		waitUntil: 'networkidle'
	});
	await page.getByLabel(t.start.writeLabel).fill(text);
	if (age) await page.getByLabel(t.start.ageLabel).fill(age);
	if (place) await page.getByLabel(t.start.placeLabel).fill(place);
	await page.getByRole('button', { name: t.start.submit }).click();
	await page.getByRole('heading', { level: 2, name: t.results.heading }).waitFor();
}

async function askAsAdult(
	page: Page,
	fields: { seeker: 'professional' | 'parent'; text: string; age?: string; place: string }
) {
	await page.goto(`${running.site.base}/sok`, { waitUntil: 'networkidle' });
	await page.getByLabel('Vem söker?').selectOption(fields.seeker);
	if (fields.age) await page.getByLabel('Barnets ålder').fill(fields.age);
	await page.getByLabel('Var bor barnet?').fill(fields.place);
	await page.getByLabel('Beskriv situationen (frivilligt)').fill(fields.text);
	await page.getByRole('button', { name: 'Sök', exact: true }).click();
	await page.getByRole('heading', { level: 2, name: 'Stöd och nästa steg' }).waitFor();
}

const chips = (page: Page) => page.locator('.understood .chip .label').allTextContents();

function expectClean(watched: WatchedPage) {
	expect(watched.foreignRequests).toEqual([]);
	expect(watched.cspViolations).toEqual([]);
}

describe('a 14-year-old in Sundsvall whose boyfriend threatens to spread her pictures', () => {
	test('on a phone: first steps before the list, in plain words, and what was understood', async () => {
		const watched = await openPage(running.browser, running.site, { viewport: PHONE });
		const { page, context } = watched;
		await askAsYoungPerson(page, { text: THREAT, age: '14', place: 'Sundsvall' });
		await page.waitForFunction(() => document.activeElement?.id === 'results-heading');

		const card = page.getByRole('region', { name: 'Om någon hotar att sprida bilder på dig' });
		await card.waitFor();
		expect(await card.innerText()).toMatch(/Betala inte/);
		expect(await card.getByRole('link', { name: 'Take It Down' }).getAttribute('href')).toBe(
			'https://takeitdown.ncmec.org/'
		);
		await card.getByText('Källor till råden').click();
		const sources = card.locator('.sources li a');
		expect(await sources.count()).toBeGreaterThanOrEqual(5);
		for (const href of await sources.evaluateAll((links) =>
			links.map((link) => link.getAttribute('href') ?? '')
		)) {
			expect(href).toMatch(/^https?:\/\//);
		}
		// The card comes before the list.
		const cardBox = await card.boundingBox();
		const firstResult = await page.locator('article').first().boundingBox();
		expect(cardBox && firstResult && cardBox.y < firstResult.y).toBe(true);

		expect(await chips(page)).toEqual(expect.arrayContaining(['14 år', 'Bor i Sundsvall']));

		// The young person's voice: no referral caveats, a gentle date, what happens in view.
		const main = await page.locator('main').innerText();
		for (const workerWords of [
			'Kontrollera innan du hänvisar',
			'hittades inte',
			'Källorna lästes',
			'finns inte i källorna'
		]) {
			expect({ workerWords, found: main.includes(workerWords) }).toEqual({
				workerWords,
				found: false
			});
		}
		expect(main).toMatch(/Kontrollerat senast \d{1,2} \w+ \d{4}/);
		await expect(
			page.getByRole('heading', { name: 'Vad händer när du hör av dig?' }).first().isVisible()
		).resolves.toBe(true);
		expect(await page.getByText('Kan jag vara anonym?').first().isVisible()).toBe(true);

		expect(await seriousAxeViolations(page)).toEqual([]);
		expect(await storedOnDevice(page)).toEqual(NOTHING_ON_DEVICE);
		expectClean(watched);
		await context.close();
	});

	test('a reading that is wrong is taken away, and the search runs again without retyping', async () => {
		const { page, context } = await openPage(running.browser, running.site, {
			viewport: DESKTOP
		});
		await askAsYoungPerson(page, { text: THREAT, age: '14', place: 'Sundsvall' });
		expect(await chips(page)).toContain('Våld i en relation');
		await page.getByRole('button', { name: 'Ta bort: Våld i en relation' }).click();
		await page.waitForFunction(
			() =>
				![...document.querySelectorAll('.understood .chip .label')].some(
					(chip) => chip.textContent === 'Våld i en relation'
				)
		);
		await page.getByRole('button', { name: 'Ta tillbaka: Våld i en relation' }).waitFor();
		expect(
			await page.getByLabel('Vad har hänt, eller vad behöver du hjälp med?').inputValue()
		).toBe(THREAT);
		expect(page.url()).toBe(`${running.site.base}/`);
		// The card stays: the rest of the reading holds.
		await page.getByRole('region', { name: 'Om någon hotar att sprida bilder på dig' }).waitFor();
		// And back again.
		await page.getByRole('button', { name: 'Ta tillbaka: Våld i en relation' }).click();
		await page.waitForFunction(() =>
			[...document.querySelectorAll('.understood .chip .label')].some(
				(chip) => chip.textContent === 'Våld i en relation'
			)
		);
		expect(await seriousAxeViolations(page)).toEqual([]);
		await context.close();
	});

	test('without JavaScript: the answer first, and a correction as a plain form', async () => {
		const watched = await openPage(running.browser, running.site, {
			viewport: PHONE,
			javaScriptEnabled: false
		});
		const { page, context } = watched;
		await searchWithoutScript(page, running.site, { text: THREAT, age: '14', place: 'Sundsvall' });
		expect(page.url()).toBe(`${running.site.base}/#svar`);
		await page.getByRole('region', { name: 'Om någon hotar att sprida bilder på dig' }).waitFor();
		await Promise.all([
			page.waitForNavigation(),
			page.getByRole('button', { name: 'Ta bort: 14 år' }).click()
		]);
		expect(await chips(page)).not.toContain('14 år');
		expect(await page.getByLabel('Hur gammal är du?').inputValue()).toBe('');
		expect(
			await page.getByLabel('Vad har hänt, eller vad behöver du hjälp med?').inputValue()
		).toBe(THREAT);
		expect(decodeURIComponent(page.url())).not.toMatch(/nakenbilder|sprida/);
		expectClean(watched);
		await context.close();
	});
});

describe('a 16-year-old boy raped at a party last night, writing in English', () => {
	test('gets the acute steps in English, and nothing Swedish but names', async () => {
		const watched = await openPage(running.browser, running.site, { viewport: DESKTOP });
		const { page, context } = watched;
		await askAsYoungPerson(page, {
			text: "I'm a 16 year old guy and I was raped at a party last night. I don't know what to do",
			age: '16',
			lang: 'en'
		});
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		const card = page.getByRole('region', {
			name: 'After rape or sexual assault in the last few days'
		});
		await card.waitFor();
		expect(await card.innerText()).toMatch(/do not shower/);
		expect(await card.innerText()).toMatch(/boys under 18/);
		expect(await chips(page)).toEqual(expect.arrayContaining(['Boy', 'It happened recently']));
		expect(await page.locator('article h3').first().innerText()).toMatch(/care|emergency/i);
		// A date more than five years old is said gently to be old.
		const checked = await page.locator('article .verified').allInnerTexts();
		const tooOld = new Date().getUTCFullYear() - 5;
		for (const line of checked) {
			const year = Number(/(\d{4})\.?/.exec(line)?.[1]);
			if (year < tooOld) expect(line).toMatch(/This may have changed since then\./);
		}
		await expectEnglishOnly(page);
		expect(await seriousAxeViolations(page)).toEqual([]);
		expectClean(watched);
		await context.close();
	});
});

/**
 * No Swedish reaches an English page: no text marked Swedish (a catalogue text with no English)
 * but the names of organisations and places, and none of the Swedish messages.
 */
async function expectEnglishOnly(page: Page) {
	const marked = await page
		.locator('main [lang="sv"]:not(.organization):not(.contact-place)')
		.allInnerTexts();
	expect(marked).toEqual([]);
	const text = await page.locator('body').innerText();
	const sv = messages('sv');
	const en = messages('en');
	const strings = (value: unknown): string[] =>
		typeof value === 'string'
			? [value]
			: value && typeof value === 'object'
				? Object.values(value).flatMap(strings)
				: [];
	const english = new Set(strings(en));
	const swedish = strings(sv).filter((line) => line.length >= 12 && !english.has(line));
	expect(swedish.filter((line) => text.includes(line))).toEqual([]);
}

describe('English everywhere under /en', () => {
	test('pages and answers in English show no Swedish text but names', async () => {
		const { page, context } = await openPage(running.browser, running.site, { viewport: DESKTOP });
		for (const path of [
			'/en',
			'/en/fragor',
			'/en/sok',
			'/en/sok/lista',
			'/en/trygg-pa-natet',
			'/en/om',
			'/en/tjanst/barnahus-sundsvall',
			'/en/tjanst/socialtjansten-harnosand',
			'/en/tjanst/bris-116111',
			'/en/tjanst/akut-vard-efter-overgrepp'
		]) {
			await page.goto(`${running.site.base}${path}`, { waitUntil: 'networkidle' });
			await expectEnglishOnly(page);
		}
		// A young person's answer, with a card and the municipality's social services.
		await askAsYoungPerson(page, {
			text: 'my stepdad does sexual things to me at night and my boyfriend threatens to share my nudes',
			age: '14',
			place: 'Sundsvall',
			lang: 'en'
		});
		await page.getByRole('region', { name: 'If someone at home is hurting you' }).waitFor();
		await expectEnglishOnly(page);
		// A professional's answer with the report of concern.
		await page.goto(`${running.site.base}/en/sok`, { waitUntil: 'networkidle' });
		await page.locator('#seeker').selectOption('professional');
		await page.locator('#place').fill('Härnösand');
		await page
			.locator('#text')
			.fill('I am a school counsellor. A pupil told me her stepfather abuses her sexually.');
		await page.locator('#search-form button[type=submit]').click();
		await page
			.getByRole('region', { name: 'Make a report of concern to social services' })
			.waitFor();
		await expectEnglishOnly(page);
		expect(await page.locator('main').innerText()).toMatch(/No Barnahus is recorded for Härnösand/);
		await context.close();
	});
});

describe('a school counsellor in Härnösand whose pupil disclosed abuse by her stepfather', () => {
	test('leads with the report of concern for Härnösand, sourced, and keeps every filter', async () => {
		const watched = await openPage(running.browser, running.site, { viewport: DESKTOP });
		const { page, context } = watched;
		await askAsAdult(page, {
			seeker: 'professional',
			age: '12',
			place: 'Härnösand',
			text: 'Jag är skolkurator. En elev har berättat att hennes styvpappa förgriper sig på henne.'
		});
		const report = page.getByRole('region', { name: 'Gör en orosanmälan till socialtjänsten' });
		await report.waitFor();
		const said = await report.innerText();
		expect(said).toMatch(/Socialtjänsten i Härnösand/);
		expect(said).toMatch(/anmälningsplikten/);
		expect(said).toMatch(/Utred inte själv/);
		expect(said).toMatch(/Berätta inte för föräldrarna först/);
		expect(said).toMatch(/Inget Barnahus är registrerat för Härnösand/);
		expect(
			await report.getByRole('link', { name: /Socialtjänsten i Härnösand – barn och unga/ }).count()
		).toBe(1);
		// Facts cite their sources by number; the numbers lead to the list.
		const cite = report.locator('.cites a').first();
		const target = await cite.getAttribute('href');
		expect(target).toMatch(/^#card-report-of-concern-professional-source-\d+$/);
		expect(await page.locator(target ?? '#none').count()).toBe(1);
		// The report comes first, before any service.
		const reportBox = await report.boundingBox();
		const first = await page.locator('article').first().boundingBox();
		expect(reportBox && first && reportBox.y < first.y).toBe(true);
		// The adult's view: reasons and the facts to refer by, and every filter still there.
		expect(await page.locator('article .reasons').count()).toBeGreaterThan(0);
		expect(await page.getByText('inte bekräftade av verksamheterna').count()).toBe(1);
		for (const filter of ['Chatt', 'har öppet nu', 'går att kontakta anonymt']) {
			expect(await page.getByRole('checkbox', { name: filter }).count()).toBe(1);
		}
		expect(await page.getByLabel('tar emot på språket').count()).toBe(1);

		// The map opens on Härnösand, outlined.
		const home = page.locator('.leaflet-overlay-pane path[stroke-dasharray]');
		await home.first().waitFor({ state: 'attached' });
		const outline = await home.first().boundingBox();
		const mapBox = await page.locator('#service-map').boundingBox();
		expect(outline && mapBox).toBeTruthy();
		if (outline && mapBox) {
			expect(outline.width).toBeGreaterThan(mapBox.width / 4);
			expect(outline.x).toBeGreaterThanOrEqual(mapBox.x - 1);
			expect(outline.x + outline.width).toBeLessThanOrEqual(mapBox.x + mapBox.width + 1);
		}
		expect(await seriousAxeViolations(page)).toEqual([]);

		// The print sheet: the date, the safety line, Härnösand's social services (not on the list
		// themselves), never 112 for them.
		await page
			.locator('article', { hasText: 'Polisen – polisanmälan på 114 14' })
			.getByRole('button', { name: 'Lägg till i listan' })
			.click();
		await page.getByRole('link', { name: /Din lista \(1\)/ }).click();
		const sheet = page.locator('.sheet');
		await sheet.waitFor();
		const printed = await sheet.innerText();
		expect(printed).toMatch(/Utskriven \d{1,2} \w+ \d{4}/);
		expect(printed).toMatch(/Förvara lappen där ingen som gör dig illa hittar den/);
		expect(await sheet.locator('.social h3').innerText()).toBe('Socialtjänsten i Härnösand');
		expect(await sheet.locator('.social').innerText()).toMatch(/https:\/\/harnosand\.se\//);
		expect(
			(await sheet.locator('.social li').allInnerTexts()).filter((line) => /\b112\b/.test(line))
		).toEqual([]);
		expect(await seriousAxeViolations(page)).toEqual([]);
		expectClean(watched);
		await context.close();
	});

	test('a municipality with no social services of its own is named, with how to reach it, never 112', async () => {
		const { page, context } = await openPage(running.browser, running.site, { viewport: DESKTOP });
		await askAsAdult(page, {
			seeker: 'professional',
			place: 'Upplands Väsby',
			text: 'En elev har berättat att hennes pappa förgriper sig på henne.'
		});
		const local = page
			.getByRole('region', { name: 'Gör en orosanmälan till socialtjänsten' })
			.locator('.local');
		await local.waitFor();
		expect(await local.innerText()).toMatch(
			/Stödkartan har ännu inget eget nummer till socialtjänsten i Upplands Väsby.*växel/s
		);
		expect(await local.locator('a[href="tel:112"]').count()).toBe(0);
		await context.close();
	});
});

describe('a parent in Uppsala', () => {
	test('is told how to contact social services in Uppsala, with its number and Barnahus', async () => {
		const watched = await openPage(running.browser, running.site, { viewport: PHONE });
		const { page, context } = watched;
		await askAsAdult(page, {
			seeker: 'parent',
			age: '15',
			place: 'Uppsala',
			text: 'Min dotter har blivit utsatt för ett sexuellt övergrepp av en äldre kille.'
		});
		const report = page.getByRole('region', { name: 'Kontakta socialtjänsten' });
		await report.waitFor();
		expect(await report.locator('a[href="tel:0187275230"]').count()).toBe(1);
		expect(await report.getByRole('link', { name: 'Barnahus Uppsala län' }).count()).toBe(1);
		expect(await report.innerText()).toMatch(/Du behöver inga bevis/);
		// A parent has no duty to report, and is not told so.
		expect(await report.innerText()).not.toMatch(/anmälningsplikt/);
		expect(await chips(page)).toEqual(expect.arrayContaining(['Tjej', 'Bor i Uppsala']));
		expect(await seriousAxeViolations(page)).toEqual([]);
		expectClean(watched);
		await context.close();
	});
});

describe('a young person whose text shows abuse at home', () => {
	test("sees what social services do, and their own municipality's number", async () => {
		const { page, context } = await openPage(running.browser, running.site, { viewport: PHONE });
		await askAsYoungPerson(page, {
			text: 'min styvpappa gör sexuella saker med mig när mamma jobbar natt',
			age: '13',
			place: 'Sundsvall'
		});
		const card = page.getByRole('region', { name: 'Om någon hemma gör dig illa' });
		await card.waitFor();
		expect(await card.innerText()).toMatch(/kan soc vänta med att berätta/);
		const local = page.locator('.local').first();
		expect(await local.innerText()).toMatch(/Socialtjänsten i Sundsvall/);
		expect(await local.locator('a[href="tel:060192262"]').count()).toBe(1);
		expect(await seriousAxeViolations(page)).toEqual([]);
		await context.close();
	});
});

describe('small fixes', () => {
	test("Bris's chat button goes to Bris's chat page", async () => {
		const { page, context } = await openPage(running.browser, running.site);
		await askAsYoungPerson(page, { text: 'jag vill chatta med någon', age: '14' });
		const bris = page.locator('article', { hasText: 'Bris – stödlinjen 116 111' });
		expect(await bris.getByRole('link', { name: /Chatta/ }).getAttribute('href')).toBe(
			'https://www.bris.se/for-barn-och-unga/prata-med-oss/'
		);
		await context.close();
	});
});

describe('the service page', () => {
	test('shades a county-wide service over the same outlines as the land, without an outline of its own', async () => {
		const { page, context } = await openPage(running.browser, running.site);
		await page.goto(`${running.site.base}/tjanst/barnahus-uppsala-lan`, {
			waitUntil: 'networkidle'
		});
		await page.locator('.service-marker, .leaflet-overlay-pane path').first().waitFor({
			state: 'attached'
		});
		// Uppsala County's eight municipalities, each from the map's own outlines.
		await page.waitForFunction(
			() => document.querySelectorAll('.leaflet-overlay-pane path[fill-opacity="0.35"]').length > 0
		);
		expect(await page.locator('.leaflet-overlay-pane path[fill-opacity="0.35"]').count()).toBe(8);
		expect(await seriousAxeViolations(page)).toEqual([]);
		await context.close();
	});

	test('without JavaScript, the map says that the list holds the same, and never "loading"', async () => {
		const { page, context } = await openPage(running.browser, running.site, {
			javaScriptEnabled: false
		});
		await page.goto(`${running.site.base}/tjanst/barnahus-uppsala-lan`);
		expect(await page.getByText('Kartan visas när JavaScript är påslaget').count()).toBe(1);
		expect(await page.getByText('Kartan laddas').count()).toBe(0);
		await context.close();
	});
});

describe('keyboard only', () => {
	test('skip, write, search, open a service, come back to it, and leave', async () => {
		const { page, context } = await openPage(running.browser, running.site);
		await page.goto(`${running.site.base}/`, { waitUntil: 'networkidle' });
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter'); // Hoppa till innehållet
		const focused = () =>
			page.evaluate(() => {
				const element = document.activeElement;
				return {
					id: element?.id ?? '',
					tag: element?.tagName ?? '',
					text: element?.textContent ?? '',
					href: element?.getAttribute('href') ?? '',
					isResult: Boolean(element?.matches('article h3 a'))
				};
			});
		const tabTo = async (
			matches: (f: Awaited<ReturnType<typeof focused>>) => boolean,
			max = 80
		) => {
			for (let i = 0; i < max; i++) {
				if (matches(await focused())) return;
				await page.keyboard.press('Tab');
			}
			throw new Error('not reached by Tab');
		};
		await tabTo((f) => f.id === 'text');
		await page.keyboard.type('jag vill prata med någon om något som hänt');
		await tabTo((f) => f.id === 'age');
		await page.keyboard.type('15');
		await tabTo((f) => f.tag === 'BUTTON' && f.text.includes('Visa var jag kan få stöd'));
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.activeElement?.id === 'results-heading');
		await tabTo((f) => f.isResult);
		const { href } = await focused();
		await page.keyboard.press('Enter');
		await page.waitForURL(`${running.site.base}${href}`);
		await tabTo((f) => f.tag === 'A' && f.text.trim() === 'Tillbaka');
		await page.keyboard.press('Enter');
		await page.waitForFunction(
			(link) => document.activeElement?.getAttribute('href') === link,
			href
		);
		for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
		await page.waitForURL(EXIT_URL);
		await context.close();
	});
});
