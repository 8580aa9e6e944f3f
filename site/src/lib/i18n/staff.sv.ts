/** The staff pages' texts in Swedish. `staff.en.ts` has the same shape. */
export const staffSv = {
	title: 'Redigera Stödkartan',
	nav: {
		label: 'Redigering',
		queue: 'Att granska',
		services: 'Tjänster',
		verification: 'Kontroll',
		users: 'Användare',
		audit: 'Logg',
		account: 'Mitt konto',
		logout: 'Logga ut',
		signedInAs: (email: string, role: string) => `Inloggad som ${email} (${role})`
	},
	roles: { admin: 'administratör', curator: 'granskare', editor: 'redaktör' } as Record<
		string,
		string
	>,
	login: {
		heading: 'Logga in',
		intro:
			'För dem som håller uppgifterna i Stödkartan aktuella. Konton skapas bara genom inbjudan.',
		email: 'E-post',
		password: 'Lösenord',
		totp: 'Kod från din autentiseringsapp',
		totpHint: 'Sex siffror. Lämna tomt om du inte har ställt in någon app.',
		submit: 'Logga in',
		failed: 'Fel e-post, lösenord eller kod.',
		throttled: 'För många försök. Vänta en kvart och försök igen.',
		loggedOut: 'Du är utloggad.',
		expired: 'Du har loggats ut. Logga in igen.',
		accepted: 'Ditt konto är klart. Logga in.'
	},
	totp: {
		heading: 'Ställ in tvåstegsverifiering',
		intro:
			'Granskare och administratörer loggar in med en kod från en app (till exempel en autentiseringsapp i telefonen) utöver lösenordet.',
		step1: 'Lägg till ett konto i appen och skriv in den här nyckeln:',
		step1Link: 'Eller öppna länken på telefonen:',
		step2: 'Skriv koden som appen visar:',
		code: 'Kod (sex siffror)',
		submit: 'Slå på',
		wrong:
			'Koden stämmer inte. Kontrollera att telefonens klocka går rätt och försök med nästa kod.'
	},
	invitation: {
		heading: 'Välj lösenord',
		intro: (email: string, role: string) => `Du är inbjuden som ${role} med e-posten ${email}.`,
		password: 'Nytt lösenord',
		passwordHint: 'Minst 12 tecken. Några ord i rad blir ett bra lösenord.',
		again: 'Samma lösenord igen',
		mismatch: 'Lösenorden är inte lika.',
		submit: 'Skapa kontot',
		invalid: 'Länken fungerar inte längre. Be om en ny inbjudan.'
	},
	queue: {
		heading: 'Att granska',
		intro:
			'Ändringar som väntar på en andra person. Telefonnummer, webbadresser och e-post är markerade: jämför dem med källan.',
		empty: 'Inget väntar på granskning.',
		suggestion: 'Förslag från en besökare',
		change: 'Ändringsförslag',
		by: (who: string) => `av ${who}`,
		importBy: (name: string, operator?: string) =>
			`importen ${name}${operator ? ` (körd av ${operator})` : ''}`,
		open: 'Granska',
		notYours: 'Du kan inte granska det här',
		mine: 'Mina förslag'
	},
	diff: {
		field: 'Fält',
		before: 'Före',
		after: 'Efter',
		empty: '(tomt)',
		phone: 'Telefonnummer',
		web: 'Webbadress',
		email: 'E-post',
		none: 'Ingen skillnad mot tjänsten som den är nu.'
	},
	proposal: {
		heading: (name: string) => `Förslag för ${name}`,
		status: { pending: 'Väntar', approved: 'Godkänt', rejected: 'Avslaget' } as Record<
			string,
			string
		>,
		note: 'Kommentar från förslagsställaren',
		provenance: {
			heading: 'Varifrån importen kommer',
			file: 'Fil',
			record: 'Postens HSDS-id',
			assured: 'Posten kontrollerad',
			imported: 'Läst in'
		},
		sources: 'Källor',
		suggestionText: 'Besökaren skrev',
		problems: 'Förslaget går inte längre att genomföra:',
		approve: 'Godkänn och publicera',
		comment: 'Kommentar (valfri)',
		reject: 'Avslå',
		close: 'Markera som hanterat',
		reason: 'Motivering',
		approved: 'Godkänt och publicerat.',
		rejected: 'Avslaget.',
		denials: {
			role: 'Din roll får inte granska det här.',
			own_proposal: 'Du har själv gjort förslaget: någon annan måste granska det.',
			'own-proposal': 'Du har själv gjort förslaget: någon annan måste granska det.',
			county: 'Tjänsten ligger utanför dina län.',
			'national-contact-needs-admin':
				'Ändrade kontaktuppgifter till en rikstäckande linje måste godkännas av en administratör.'
		} as Record<string, string>
	},
	services: {
		heading: 'Tjänster',
		intro: 'Tjänster du kan föreslå ändringar för.',
		filter: 'Filtrera på namn',
		lastVerified: 'Kontrollerad',
		states: {
			current: 'Aktuell',
			due: 'Behöver kontrolleras',
			lapsed: 'Över 18 månader'
		} as Record<string, string>,
		none: 'Inga tjänster.'
	},
	service: {
		stillCorrect: 'Stämmer fortfarande',
		stillCorrectHint:
			'Bekräfta att allt nedan stämmer. Det sätter dagens datum som senast kontrollerad.',
		verified: 'Tack! Uppgifterna är markerade som kontrollerade i dag.',
		propose: 'Föreslå ändringar',
		proposeIntro:
			'Ändra det som inte stämmer. Bara ändrade fält skickas. En granskare godkänner ändringen innan den syns.',
		proposed: 'Förslaget är skickat och väntar på granskning.',
		nothing: 'Du har inte ändrat något.',
		versions: 'Tidigare versioner',
		version: (number: number, at: string, who: string) => `Version ${number}, ${at}, ${who}`,
		revert: 'Återställ till den här versionen',
		revertReason: 'Varför',
		reverted: 'Tjänsten är återställd.'
	},
	form: {
		nameSv: 'Namn (svenska)',
		nameEn: 'Namn (engelska)',
		descriptionSv: 'Beskrivning (svenska)',
		descriptionEn: 'Beskrivning (engelska)',
		status: 'Status',
		statuses: { active: 'Aktiv', paused: 'Pausad', inactive: 'Upphört' } as Record<string, string>,
		contacts: 'Kontaktvägar',
		contact: (n: number) => `Kontaktväg ${n}`,
		channel: 'Kanal',
		value: 'Nummer eller adress',
		contactNote: 'Anmärkning',
		remove: 'Ta bort',
		addContactHint: 'Fyll i den tomma raden för att lägga till en kontaktväg.',
		website: 'Webbplats',
		minAge: 'Lägsta ålder',
		maxAge: 'Högsta ålder',
		eligibilityNote: 'Vem tjänsten är för (anmärkning)',
		needs: 'Behov',
		audience: 'Målgrupper',
		audiences: {
			children: 'Barn',
			'young-people': 'Unga',
			adults: 'Vuxna',
			parents: 'Föräldrar',
			professionals: 'Yrkesverksamma'
		} as Record<string, string>,
		area: 'Område',
		scopes: { national: 'Hela landet', regional: 'Län', local: 'Kommuner' } as Record<
			string,
			string
		>,
		areaCodes: 'Koder (län eller kommuner, med komma emellan)',
		languages: 'Språk (ISO-koder, med komma emellan)',
		yesNo: { '': 'Vet inte', true: 'Ja', false: 'Nej' } as Record<string, string>,
		anonymous: 'Går att vara anonym',
		free: 'Kostnadsfritt',
		requiresReferral: 'Kräver remiss',
		caveats: 'Varning eller förbehåll (svenska)',
		advanced: 'Övriga fält (JSON, för den som vet vad den gör)',
		advancedHint:
			'Platser, öppettider och vad som händer efter kontakt, som JSON i katalogens format. Lämna som det är om du inte ändrar något där.',
		sources: 'Källa',
		sourcesHint:
			'Ändrade fakta (kontaktvägar, område, ålder …) behöver en källa: adressen där du läste det och datum.',
		sourceUrl: 'Källans adress',
		sourceDate: 'Läst den',
		note: 'Kommentar till granskaren',
		submit: 'Skicka förslaget',
		invalidJson: 'Fältet är inte giltig JSON.',
		invalidNumber: 'Skriv ett heltal.'
	},
	verification: {
		heading: 'Kontroll av uppgifter',
		intro:
			'Tjänster som inte kontrollerats på 12 månader. Efter 18 månader föreslås de avaktiveras.',
		empty: 'Alla tjänster är kontrollerade det senaste året.',
		due: 'Behöver kontrolleras',
		lapsed: 'Inte kontrollerad på 18 månader',
		deactivate: 'Föreslå avaktivering',
		deactivateNote: 'Inte kontrollerad på 18 månader; ingen har svarat på påminnelser.',
		proposed: 'Avaktiveringen är föreslagen och väntar på granskning.'
	},
	users: {
		heading: 'Användare och inbjudningar',
		invite: 'Bjud in',
		email: 'E-post',
		role: 'Roll',
		organization: 'Organisation (för redaktörer)',
		counties: 'Län (för granskare; tomt för hela landet), koder med komma emellan',
		submit: 'Skicka inbjudan',
		sent: 'Inbjudan är skickad med e-post.',
		link: 'Ingen e-post är inställd. Ge personen den här länken (den visas bara nu och gäller i 72 timmar):',
		users: 'Konton',
		invitations: 'Inbjudningar',
		totp: 'Tvåsteg',
		active: 'Aktiv',
		inactive: 'Avstängd',
		deactivate: 'Stäng av',
		activate: 'Aktivera',
		resetTotp: 'Nollställ tvåsteg',
		revoke: 'Dra tillbaka',
		expires: 'Gäller till',
		accepted: 'Använd',
		revoked: 'Tillbakadragen',
		saved: 'Sparat.'
	},
	audit: {
		heading: 'Logg',
		intro: 'Allt som görs i redigeringen, med vem, när och före/efter. Loggen går inte att ändra.',
		csv: 'Ladda ner som CSV',
		json: 'Ladda ner som JSON',
		at: 'När',
		who: 'Vem',
		action: 'Händelse',
		target: 'Gäller',
		older: 'Äldre poster'
	},
	account: {
		heading: 'Mitt konto',
		password: 'Byt lösenord',
		current: 'Nuvarande lösenord',
		next: 'Nytt lösenord',
		submit: 'Byt lösenord',
		changed: 'Lösenordet är bytt. Dina andra inloggningar är avslutade.',
		everywhere: 'Logga ut överallt',
		everywhereHint: 'Avslutar alla dina inloggningar, på alla enheter.'
	},
	timeout: {
		heading: 'Du loggas snart ut',
		idle: 'Du har inte gjort något på en stund. Om två minuter loggas du ut, och det du skrivit men inte skickat försvinner.',
		stay: 'Fortsätt vara inloggad',
		absolute: (time: string) =>
			`Din inloggning tar slut ${time}. Skicka det du skrivit innan dess och logga in igen.`
	},
	errors: {
		generic: 'Det gick inte. Försök igen.',
		forbidden: 'Du får inte göra det här.',
		invalid: 'Kontrollera fälten nedan.'
	}
};

export type StaffMessages = typeof staffSv;
