import { CHANNEL_NAMES, LANGUAGE_NAMES } from '@stodkartan/core/names';
/** Every text of the site in Swedish, the default language. `en.ts` has the same shape. */
export const sv = {
	lang: 'sv',
	siteName: 'Stödkartan',
	titles: {
		start: 'Hitta stöd',
		questions: 'Några frågor',
		search: 'Sök stöd för någon annan',
		service: 'Om en verksamhet',
		shortlist: 'Din lista',
		safety: 'Trygg på nätet',
		about: 'Om Stödkartan',
		error: 'Något gick fel'
	},
	nav: {
		skip: 'Hoppa till innehållet',
		quickExit: 'Lämna sidan',
		quickExitSecondary: 'Lämna sidan snabbt',
		quickExitRegion: 'Snabb utgång',
		quickExitHint: 'Tryck Esc eller Shift tre gånger för att lämna sidan.',
		main: 'Huvudmeny',
		findSupport: 'Hitta stöd',
		forAdults: 'För vuxna och yrkesverksamma',
		safety: 'Trygg på nätet',
		about: 'Om sidan',
		otherLanguage: 'English',
		otherLanguageName: 'Read in English'
	},
	exit: {
		leaving: 'Lämnar sidan …',
		shiftTwoMore: 'Shift, tryck 2 gånger till för att lämna sidan.',
		shiftOneMore: 'Shift, tryck 1 gång till för att lämna sidan.',
		shiftExpired: 'Lämna sidan avbröts.'
	},
	danger: {
		title: 'Är du i fara just nu?',
		call: 'Ring 112',
		bris: 'Under 18 år? Prata med Bris på 116 111, dygnet runt. Du behöver inte säga vem du är.',
		brisCall: 'Ring Bris 116 111'
	},
	footer: {
		privacy:
			'Vi sparar inte vad du söker. Sidan använder inga kakor och hämtar inget från andra webbplatser.',
		safety: 'Så surfar du tryggare',
		about: 'Om Stödkartan och integritet',
		sources: 'Uppgifterna kommer från offentliga källor och kan ha ändrats.'
	},
	start: {
		heading: 'Här kan du hitta stöd',
		intro:
			'Om någon har gjort något sexuellt mot dig, på nätet eller i verkliga livet, finns det hjälp. Det är aldrig ditt fel.',
		choice: 'Du bestämmer själv hur mycket du vill berätta.',
		againHeading: 'Ändra eller sök igen',
		writeHeading: 'Berätta med egna ord',
		writeLabel: 'Vad har hänt, eller vad behöver du hjälp med?',
		writeHint:
			'Skriv så mycket eller lite du vill. Det du skriver sparas inte och syns inte i adressfältet.',
		ageLabel: 'Hur gammal är du?',
		ageHint: 'Frivilligt. Vissa ställen tar bara emot vissa åldrar.',
		placeLabel: 'Var bor du?',
		placeHint: 'Frivilligt. Skriv kommun, ort eller postnummer.',
		submit: 'Visa var jag kan få stöd',
		orQuestions: 'Hellre svara på några frågor?',
		questionsLink: 'Svara på några korta frågor',
		forAdults: 'Är du vuxen och söker för någon annan, eller söker du i ditt arbete?',
		forAdultsLink: 'Till sökningen för vuxna och yrkesverksamma'
	},
	questions: {
		heading: 'Några korta frågor',
		intro: 'Svara på det du vill. Du kan hoppa över allt.',
		whatHappened: 'Vad har hänt? Välj det som stämmer.',
		whatHelp: 'Vad vill du ha hjälp med?',
		contact: 'Hur vill du helst ta kontakt?',
		submit: 'Visa var jag kan få stöd',
		back: 'Hellre skriva med egna ord'
	},
	results: {
		headingAdult: 'Stöd och nästa steg',
		countAdult: (n: number) =>
			n === 1 ? '1 verksamhet passar sökningen.' : `${n} verksamheter passar sökningen.`,
		sourcesNote:
			'Uppgifterna kommer från offentliga källor och är inte bekräftade av verksamheterna. Kontrollera innan du hänvisar.',
		heading: 'Här kan du få stöd',
		count: (n: number) => (n === 1 ? '1 ställe kan hjälpa dig.' : `${n} ställen kan hjälpa dig.`),
		none: 'Vi hittade inget ställe som passar just det du sökte. Du kan alltid ringa Bris på 116 111 (under 18) eller 112 om det är akut.',
		emergencyHeading: 'Är du i fara just nu? Ring 112.',
		emergencyText: 'Du kan ringa 112 om du eller någon annan är i fara. Det kostar inget.',
		understoodNone: 'Vi förstod inte riktigt vad du skrev, så vi visar stöd som passar många.',
		askerFromText: {
			friend:
				'Det du skrev låter som att du frågar för en kompis: här är stöd för unga, och du kan också få råd om hur du stöttar din kompis.',
			parent:
				'Det du skrev låter som att du frågar som förälder eller anhörig, så stöd för vuxna kommer först.',
			professional:
				'Det du skrev låter som att du frågar i ditt arbete, så stöd för yrkesverksamma kommer först.'
		},
		placeNotFound: 'Vi kände inte igen orten. Vi visar stöd som finns i hela landet.',
		postalNotFound: 'Vi kände inte igen postnumret. Vi visar stöd som finns i hela landet.'
	},
	understood: {
		headingYoung: 'Så här förstod vi dig',
		headingAdult: 'Så här förstod vi sökningen',
		introYoung: 'Stämmer något inte? Ta bort det, så söker vi igen utan det.',
		introAdult: 'Stämmer något inte? Ta bort det eller ändra det, så söks det igen.',
		remove: (label: string) => `Ta bort: ${label}`,
		change: 'Ändra',
		changeLabel: (label: string) => `Ändra: ${label}`,
		removedHeading: 'Borttaget',
		undo: 'Ta tillbaka',
		undoLabel: (label: string) => `Ta tillbaka: ${label}`,
		order: 'Varför i den här ordningen?',
		askers: {
			self: 'Den unga söker själv',
			friend: 'Du frågar för en kompis',
			parent: 'Du frågar som förälder eller anhörig',
			professional: 'Du frågar i ditt arbete'
		},
		signals: {
			'danger-now': 'Någon kan vara i fara just nu',
			urgent: 'Det är bråttom',
			'just-happened': 'Det hände nyss',
			'long-ago': 'Det hände för länge sedan',
			confidentiality: 'Ingen annan ska få veta',
			'someone-there': 'Någon är nära dig just nu'
		},
		age: (years: number) => `${years} år`,
		genders: { female: 'Tjej', male: 'Kille', nonbinary: 'Icke-binär' },
		place: (name: string) => `Bor i ${name}`,
		stated: { asker: 'Vem som frågar', age: 'Åldern i texten', gender: 'Könet i texten' }
	},
	cards: {
		sources: 'Källor till råden',
		read: (date: string) => `läst ${date}`,
		sourceNumber: (n: number) => `källa ${n}`
	},
	report: {
		municipality: (name: string) => `Socialtjänsten i ${name}`,
		intake: 'Mottagningen för barn och unga',
		onCall: 'Kvällar, nätter och helger (socialjour)',
		barnahus: (name: string) => `Barnahus för ${name}`,
		noBarnahus: (name: string) => `Inget Barnahus är registrerat för ${name}.`,
		noPlace: 'Skriv barnets kommun i sökningen, så visar vi socialtjänstens nummer där.',
		noPlaceLink: 'Skriv kommun'
	},
	places: {
		county: (shortName: string) => shortName
	},
	card: {
		openNow: 'Öppet nu',
		closedNow: 'Stängt just nu',
		opensAt: (day: string, time: string) => `Öppnar ${day} ${time}`,
		alwaysOpen: 'Öppet dygnet runt',
		hoursUnknown: 'Öppettider: se webbplatsen',
		anonymous: 'Du kan vara anonym',
		free: 'Gratis',
		referral: 'Man bokar inte själv',
		howToReach: 'Så når du dem',
		whatHappensAdult: 'Vad händer vid kontakt?',
		whatHappens: 'Vad händer när du hör av dig?',
		more: 'Mer om stället',
		unverified:
			'Uppgifterna kommer från offentliga källor och är ännu inte bekräftade av verksamheten.',
		lowConfidence: 'Osäkra uppgifter: källorna är gamla eller få.',
		checked: (date: string) => `Källorna lästes senast ${date}.`,
		checkedYoung: (date: string) => `Kontrollerat senast ${date}.`,
		/** To a young person, when the sources are old or few. */
		mayHaveChanged: 'Uppgifterna kan ha ändrats sedan dess.',
		forAges: 'Ålder',
		where: 'Var',
		pathway: 'Så hittar du rätt ställe där du bor'
	},
	after: {
		/** The young person asks; the adult is told. */
		young: {
			anonymity: {
				question: 'Kan jag vara anonym?',
				anonymous: 'Ja. Du behöver inte säga vem du är.',
				optional: 'Ja, om du vill.',
				identified: 'Nej, här behöver du säga vem du är.'
			},
			parents: {
				question: 'Får mina föräldrar veta?',
				'not-without-consent': 'Nej, inte utan att du säger ja.',
				'may-be': 'De kan få veta.',
				yes: 'Ja, dina föräldrar får veta.'
			},
			reports: {
				question: 'Berättar de för socialtjänsten?',
				'required-by-law': 'De måste kontakta socialtjänsten om de tror att ett barn far illa.',
				'when-child-at-risk': 'De kan kontakta socialtjänsten om ett barn är i fara.',
				no: 'Nej, de har ingen anmälningsplikt.'
			},
			police: {
				question: 'Måste jag ha polisanmält först?',
				required: 'Ja, det behövs en polisanmälan först.',
				notRequired: 'Nej, du behöver inte ha polisanmält.'
			}
		},
		adult: {
			anonymity: {
				anonymous: 'Den unga kan vara anonym.',
				optional: 'Den unga kan välja att vara anonym.',
				identified: 'Den unga behöver säga vem hen är.'
			},
			parents: {
				'not-without-consent': 'Vårdnadshavare får inte veta något utan den ungas samtycke.',
				'may-be': 'Vårdnadshavare kan komma att få veta.',
				yes: 'Vårdnadshavare får veta.'
			},
			reports: {
				'required-by-law': 'Personalen har anmälningsplikt till socialtjänsten.',
				'when-child-at-risk': 'De kan kontakta socialtjänsten om ett barn är i fara.',
				no: 'De har ingen anmälningsplikt.'
			},
			police: {
				required: 'Det behövs en polisanmälan först.',
				notRequired: 'Ingen polisanmälan behövs.'
			}
		},
		unknown: 'Källorna säger inte vad som händer vid kontakt. Fråga gärna när du hör av dig.'
	},
	channels: {
		phone: 'Ring',
		sms: 'Sms',
		chat: 'Chatta',
		email: 'Mejla',
		webform: 'Webbplats',
		video: 'Video',
		'in-person': 'Besök',
		app: 'App'
	},
	languageNames: LANGUAGE_NAMES.sv,
	channelNames: CHANNEL_NAMES.sv,
	weekdays: ['', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
	search: {
		heading: 'Sök stöd för ett barn eller en ung person',
		intro:
			'För föräldrar, anhöriga och yrkesverksamma som vill hitta var ett barn kan få stöd. Ange bara det som behövs: inget du fyller i sparas.',
		who: 'Vem söker?',
		seekers: {
			self: 'Den unga personen själv',
			parent: 'Förälder eller anhörig',
			professional: 'Yrkesverksam'
		},
		concerns: 'Vad har hänt',
		help: 'Vilken hjälp',
		age: 'Barnets ålder',
		gender: 'Kön',
		genderAny: 'Vet inte / vill inte ange',
		genders: { female: 'Tjej', male: 'Kille', nonbinary: 'Icke-binär' },
		place: 'Var bor barnet?',
		placeHint: 'Kommun, ort eller postnummer. Lämna tomt för hela landet.',
		county: 'Eller välj län',
		countyAny: 'Alla län',
		filtersLegend: 'Bara verksamheter som …',
		channelsLegend: 'går att nå via',
		language: 'tar emot på språket',
		languageAny: 'Alla språk',
		openNow: 'har öppet nu',
		anonymous: 'går att kontakta anonymt',
		text: 'Beskriv situationen (frivilligt)',
		textHint: 'Skriv inga namn eller personuppgifter. Texten sparas inte.',
		changeHeading: 'Ändra sökningen',
		changeLink: 'Ändra sökningen',
		submit: 'Sök',
		map: 'Karta',
		showMap: 'Visa karta',
		hideMap: 'Dölj karta',
		shortlistAdd: 'Lägg till i listan',
		shortlistRemove: 'Ta bort från listan',
		shortlistLink: (n: number) => `Din lista (${n})`,
		reasons: 'Varför den här?'
	},
	reasonStatus: {
		met: 'Stämmer',
		partly: 'Stämmer delvis',
		unknown: 'Okänt',
		'not-met': 'Stämmer inte'
	},
	map: {
		zoomIn: 'Zooma in',
		zoomOut: 'Zooma ut',
		closePopup: 'Stäng',
		label: 'Karta över verksamheterna',
		help: 'Kartan är ett komplement till listan. Använd piltangenterna för att flytta och plus och minus för att zooma.',
		approximate: 'ungefärligt läge (kommunens mitt)',
		nationwide: (n: number) => `${n} verksamheter finns i hela landet och visas inte på kartan.`,
		area: 'Verksamhetsområde',
		noScript:
			'Kartan visas när JavaScript är påslaget. Listan innehåller samma verksamheter och var de finns.',
		loading: 'Kartan laddas …',
		failed: 'Kartan kunde inte laddas. Listan innehåller samma verksamheter.'
	},
	service: {
		back: 'Tillbaka',
		contacts: 'Kontakt',
		about: 'Om verksamheten',
		eligibility: 'Vem kan få hjälp?',
		area: 'Var finns den?',
		nationwide: 'I hela Sverige',
		afterContact: 'Vad händer när du hör av dig?',
		sources: 'Källor',
		sourcesIntro: 'Uppgifterna kommer från de här sidorna:',
		verified: 'Senast kontrollerad',
		confidence: {
			high: 'Säkra uppgifter',
			medium: 'Ganska säkra uppgifter',
			low: 'Osäkra uppgifter'
		},
		caveats: 'Att tänka på',
		organization: 'Drivs av',
		languages: 'Språk',
		notFound: 'Verksamheten finns inte, eller har tagits bort.'
	},
	shortlist: {
		heading: 'Din lista',
		intro:
			'Listan finns bara i den här fliken. Den försvinner när du stänger eller laddar om sidan.',
		empty: 'Listan är tom. Lägg till verksamheter från sökningen.',
		print: 'Skriv ut hänvisningslappen',
		clear: 'Töm listan',
		sheetHeading: 'Här kan du få stöd',
		sheetIntro:
			'Du har rätt till stöd. Det är aldrig ditt fel. Du bestämmer själv när och hur du hör av dig.',
		printedOn: (date: string) => `Utskriven ${date}`,
		keepSafe:
			'Förvara lappen där ingen som gör dig illa hittar den. Bor den personen hemma: ta inte med den hem, eller spara numren på ett säkert ställe.',
		socialHeading: 'Socialtjänsten i din kommun',
		socialGeneric:
			'Ring kommunens växel – numret står på kommunens webbplats – och be att få prata med socialtjänsten för barn och unga.',
		sheetFooter: 'Är du i fara just nu? Ring 112. Under 18 år: Bris 116 111, dygnet runt.',
		backToSearch: 'Tillbaka till sökningen'
	},
	form: {
		fixThese: 'Rätta det här, så kan vi söka:',
		ageInvalid: 'Skriv åldern med siffror, mellan 0 och 120.',
		textTooLong: 'Texten är för lång. Korta den gärna.',
		error: 'Något blev fel med sökningen. Försök igen.',
		notShownAgain: 'Av säkerhetsskäl visar vi en sökning bara en gång. Skriv igen om du vill söka.',
		unavailable: 'Tjänsten svarar inte just nu. Om det är akut: ring 112. Under 18: Bris 116 111.',
		tooMany:
			'Just nu kommer väldigt många sökningar från samma nätverk. Vänta en minut och försök igen. Om det är akut: ring 112. Under 18: Bris 116 111.'
	},
	safetyPage: {
		heading: 'Trygg på nätet',
		intro: 'Om någon kan se vad du gör på din telefon eller dator kan de här råden hjälpa.',
		exit: {
			heading: 'Lämna sidan snabbt',
			button: (site: string) =>
				`Knappen Lämna sidan finns högst upp på varje sida. Den döljer sidan direkt och öppnar ${site} i samma flik.`,
			keys: 'Du kan också trycka på Esc, eller på Shift tre gånger i rad. Det fungerar även innan sidan har laddat klart.',
			history:
				'Sidan du lämnar byts ut i historiken, så Tillbaka leder inte till den. Andra sidor du har tittat på här finns kvar i historiken och kan visas med Tillbaka, men det du skrev och dina träffar visas aldrig igen: de fanns bara på sidan.',
			notErased:
				'Knappen raderar inte historiken, stänger inte andra flikar och döljer inte besöket för den som kan se nätverket, till exempel skolans eller hemmets wifi. Läs nedan hur du raderar historiken.',
			withoutScripts:
				'Om JavaScript är avstängt i din webbläsare är knappen en vanlig länk och Esc och Shift fungerar inte. Tillbaka leder då till sidan igen, men en sökning visas inte igen.'
		},
		sections: [
			{
				heading: 'Historik och spår',
				text: [
					'Webbläsaren sparar vilka sidor du besökt. Använd gärna privat surfning (inkognito), så sparas inget när du stänger fönstret.',
					'Du kan radera historiken i webbläsarens inställningar. Tänk på att en helt tom historik också kan väcka frågor.',
					'Stödkartan sparar inte vad du söker, använder inga kakor och skickar inget till andra webbplatser.'
				]
			},
			{
				heading: 'Telefonsamtal och sms',
				text: [
					'Samtal syns i telefonens samtalslista, och ofta på telefonräkningen. Kvinnofridslinjen 020-50 50 50 syns inte på räkningen.',
					'Chatt och mejl hos Bris, tjejjourer och killchattar kan ofta vara anonyma.'
				]
			},
			{
				heading: 'Om någon övervakar din telefon',
				text: [
					'Om du tror att någon läser dina meddelanden eller har en app som spårar dig, använd hellre en dator eller telefon som den personen inte kommer åt, till exempel i skolan, på biblioteket eller hos en vän du litar på.',
					'Är du i fara just nu: ring 112.'
				]
			},
			{
				heading: 'Hitta hit igen',
				text: [
					'Du kan alltid söka på ”Stödkartan” för att hitta tillbaka, i stället för att spara sidan som bokmärke.'
				]
			}
		]
	},
	aboutPage: {
		heading: 'Om Stödkartan',
		intro:
			'Stödkartan visar var barn och unga som utsatts för sexuellt våld kan få stöd, och hjälper vuxna och yrkesverksamma att hänvisa rätt.',
		sections: [
			{
				heading: 'Vi sparar inget om dig',
				text: [
					'Vi sparar inte vad du skriver eller söker på, inte din ålder och inte var du bor. Det du fyller i används bara för att visa svaren och glöms sedan.',
					'Sidan använder inga kakor och ingen statistik som kan kopplas till dig. Allt, också kartan och typsnitten, kommer från den här webbplatsen.'
				]
			},
			{
				heading: 'Varifrån kommer uppgifterna?',
				text: [
					'Uppgifterna om verksamheterna kommer från offentliga webbsidor. Varje verksamhet visar sina källor och när de lästes.',
					'Verksamheterna har inte själva bekräftat uppgifterna än. Kontrollera gärna telefonnummer och öppettider innan du hänvisar någon.'
				]
			},
			{
				heading: 'Hur väljs träffarna?',
				text: [
					'Vi visar bara ställen som du kan använda: rätt ålder, rätt plats och öppna för dig. Det vi inte vet om dig utesluter ingenting.',
					'Sedan sorteras de efter hur väl de passar det du behöver, vem som frågar och hur du vill ta kontakt. Varje träff visar varför den kom med.'
				]
			}
		]
	}
};

export type Messages = typeof sv;
