import { CHANNEL_NAMES, LANGUAGE_NAMES } from '@stodkartan/core/names';
import type { Messages } from './sv';

/** Every text of the site in English. */
export const en: Messages = {
	lang: 'en',
	siteName: 'Stödkartan',
	titles: {
		start: 'Find support',
		questions: 'A few questions',
		search: 'Find support for someone else',
		service: 'About a service',
		shortlist: 'Your list',
		safety: 'Stay safe online',
		about: 'About Stödkartan',
		error: 'Something went wrong'
	},
	nav: {
		skip: 'Skip to content',
		quickExit: 'Leave this page',
		quickExitSecondary: 'Leave this page quickly',
		quickExitRegion: 'Quick exit',
		quickExitHint: 'Press Esc, or Shift three times, to leave this page.',
		main: 'Main menu',
		findSupport: 'Find support',
		forAdults: 'For adults and professionals',
		safety: 'Stay safe online',
		about: 'About',
		otherLanguage: 'Svenska',
		otherLanguageName: 'Läs på svenska'
	},
	exit: {
		leaving: 'Leaving the page …',
		shiftTwoMore: 'Shift, press 2 more times to leave the page.',
		shiftOneMore: 'Shift, press 1 more time to leave the page.',
		shiftExpired: 'Leaving the page was cancelled.'
	},
	danger: {
		title: 'Are you in danger right now?',
		call: 'Call 112',
		bris: 'Under 18? Talk to Bris on 116 111, day and night. You do not have to say who you are.',
		brisCall: 'Call Bris 116 111'
	},
	footer: {
		privacy:
			'We do not store what you search for. This site uses no cookies and loads nothing from other websites.',
		safety: 'How to browse more safely',
		about: 'About Stödkartan and privacy',
		sources: 'The details come from public sources and may have changed.'
	},
	start: {
		heading: 'Here you can find support',
		intro:
			'If someone has done something sexual to you, online or in real life, there is help. It is never your fault.',
		choice: 'You decide how much you want to tell.',
		againHeading: 'Change or search again',
		writeHeading: 'Tell us in your own words',
		writeLabel: 'What happened, or what do you need help with?',
		writeHint:
			'Write as much or as little as you like. What you write is not stored and does not show in the address bar.',
		ageLabel: 'How old are you?',
		ageHint: 'Optional. Some places only take certain ages.',
		placeLabel: 'Where do you live?',
		placeHint: 'Optional. Write a municipality, town or postal code.',
		submit: 'Show me where I can get support',
		orQuestions: 'Would you rather answer a few questions?',
		questionsLink: 'Answer a few short questions',
		forAdults: 'Are you an adult looking for someone else, or searching in your work?',
		forAdultsLink: 'Go to the search for adults and professionals'
	},
	questions: {
		heading: 'A few short questions',
		intro: 'Answer what you want to. You can skip everything.',
		whatHappened: 'What happened? Choose what fits.',
		whatHelp: 'What would you like help with?',
		contact: 'How would you rather get in touch?',
		submit: 'Show me where I can get support',
		back: 'Rather write in my own words'
	},
	results: {
		headingAdult: 'Support and next steps',
		countAdult: (n: number) =>
			n === 1 ? '1 service fits the search.' : `${n} services fit the search.`,
		sourcesNote:
			'The details come from public sources and are not confirmed by the services. Check them before referring someone.',
		heading: 'Where you can get support',
		count: (n: number) => (n === 1 ? '1 place can help you.' : `${n} places can help you.`),
		none: 'We found no place that fits exactly what you searched for. You can always call Bris on 116 111 (under 18), or 112 in an emergency.',
		emergencyHeading: 'Are you in danger right now? Call 112.',
		emergencyText: 'You can call 112 if you or someone else is in danger. It is free.',
		understoodNone:
			'We did not quite understand what you wrote, so we show support that suits many.',
		askerFromText: {
			friend:
				'What you wrote sounds like you are asking for a friend: here is support for young people, and advice on how to support your friend.',
			parent:
				'What you wrote sounds like you are asking as a parent or relative, so support for adults comes first.',
			professional:
				'What you wrote sounds like you are asking in your work, so support for professionals comes first.'
		},
		placeNotFound: 'We did not recognise the place. We show support available all over Sweden.',
		postalNotFound:
			'We did not recognise the postal code. We show support available all over Sweden.'
	},
	understood: {
		headingYoung: 'What we understood',
		headingAdult: 'What we understood from the search',
		introYoung: 'Is something wrong? Take it away, and we search again without it.',
		introAdult: 'Is something wrong? Take it away or change it, and the search runs again.',
		remove: (label: string) => `Take away: ${label}`,
		change: 'Change',
		changeLabel: (label: string) => `Change: ${label}`,
		removedHeading: 'Taken away',
		undo: 'Bring back',
		undoLabel: (label: string) => `Bring back: ${label}`,
		order: 'Why in this order?',
		askers: {
			self: 'The young person is searching',
			friend: 'You are asking for a friend',
			parent: 'You are asking as a parent or relative',
			professional: 'You are asking in your work'
		},
		signals: {
			'danger-now': 'Someone may be in danger right now',
			urgent: 'It is urgent',
			'just-happened': 'It happened recently',
			'long-ago': 'It happened a long time ago',
			confidentiality: 'Nobody else should find out',
			'someone-there': 'Someone is near you right now'
		},
		age: (years: number) => `${years} years old`,
		genders: { female: 'Girl', male: 'Boy', nonbinary: 'Non-binary' },
		place: (name: string) => `Lives in ${name}`,
		stated: { asker: 'Who is asking', age: 'The age in the text', gender: 'The gender in the text' }
	},
	cards: {
		sources: 'Sources of this advice',
		read: (date: string) => `read ${date}`,
		sourceNumber: (n: number) => `source ${n}`
	},
	report: {
		municipality: (name: string) => `Social services in ${name}`,
		intake: 'Intake for children and young people',
		onCall: 'Evenings, nights and weekends (on call)',
		barnahus: (name: string) => `Barnahus for ${name}`,
		noBarnahus: (name: string) => `No Barnahus is recorded for ${name}.`,
		noPlace:
			'Write the child’s municipality in the search, and we show the social services’ number there.',
		noPlaceLink: 'Write the municipality'
	},
	places: {
		county: (shortName: string) => `${shortName} County`
	},
	card: {
		openNow: 'Open now',
		closedNow: 'Closed right now',
		opensAt: (day: string, time: string) => `Opens ${day} ${time}`,
		alwaysOpen: 'Open day and night',
		hoursUnknown: 'Opening hours: see the website',
		anonymous: 'You can stay anonymous',
		free: 'Free',
		referral: 'Cannot be booked directly',
		howToReach: 'How to reach them',
		whatHappensAdult: 'What happens on contact?',
		whatHappens: 'What happens when you get in touch?',
		more: 'More about this place',
		unverified: 'The details come from public sources and are not yet confirmed by the service.',
		lowConfidence: 'Uncertain details: the sources are old or few.',
		checked: (date: string) => `The sources were last read ${date}.`,
		checkedYoung: (date: string) => `Last checked ${date}.`,
		/** To a young person, when the sources are old or few. */
		mayHaveChanged: 'This may have changed since then.',
		forAges: 'Age',
		where: 'Where',
		pathway: 'How to find the right place where you live'
	},
	after: {
		young: {
			anonymity: {
				question: 'Can I stay anonymous?',
				anonymous: 'Yes. You do not have to say who you are.',
				optional: 'Yes, if you want to.',
				identified: 'No, here you need to say who you are.'
			},
			parents: {
				question: 'Will my parents find out?',
				'not-without-consent': 'No, not unless you agree.',
				'may-be': 'They may find out.',
				yes: 'Yes, your parents will be told.'
			},
			reports: {
				question: 'Will they tell social services?',
				'required-by-law': 'They must contact social services if they think a child is at risk.',
				'when-child-at-risk': 'They may contact social services if a child is in danger.',
				no: 'No, they have no duty to report.'
			},
			police: {
				question: 'Do I have to report to the police first?',
				required: 'Yes, a police report is needed first.',
				notRequired: 'No, you do not need to have reported to the police.'
			}
		},
		adult: {
			anonymity: {
				anonymous: 'The young person can stay anonymous.',
				optional: 'The young person can choose to stay anonymous.',
				identified: 'The young person needs to say who they are.'
			},
			parents: {
				'not-without-consent': 'Guardians are told nothing without the young person’s consent.',
				'may-be': 'Guardians may be told.',
				yes: 'Guardians are told.'
			},
			reports: {
				'required-by-law': 'Staff have a duty to report to social services.',
				'when-child-at-risk': 'They may contact social services if a child is in danger.',
				no: 'They have no duty to report.'
			},
			police: {
				required: 'A police report is needed first.',
				notRequired: 'No police report is needed.'
			}
		},
		unknown: 'The sources do not say what happens when you get in touch. Feel free to ask.'
	},
	channels: {
		phone: 'Call',
		sms: 'Text',
		chat: 'Chat',
		email: 'E-mail',
		webform: 'Website',
		video: 'Video',
		'in-person': 'Visit',
		app: 'App'
	},
	languageNames: LANGUAGE_NAMES.en,
	channelNames: CHANNEL_NAMES.en,
	weekdays: ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
	search: {
		heading: 'Find support for a child or young person',
		intro:
			'For parents, relatives and professionals who want to find where a child can get support. Give only what is needed: nothing you enter is stored.',
		who: 'Who is asking?',
		seekers: {
			self: 'The young person themselves',
			parent: 'A parent or relative',
			professional: 'A professional'
		},
		concerns: 'What happened',
		help: 'What kind of help',
		age: "The child's age",
		gender: 'Gender',
		genderAny: 'Unknown / prefer not to say',
		genders: { female: 'Girl', male: 'Boy', nonbinary: 'Non-binary' },
		place: 'Where does the child live?',
		placeHint: 'Municipality, town or postal code. Leave empty for all of Sweden.',
		county: 'Or choose a county',
		countyAny: 'All counties',
		filtersLegend: 'Only services that …',
		channelsLegend: 'can be reached by',
		language: 'work in the language',
		languageAny: 'Any language',
		openNow: 'are open now',
		anonymous: 'can be contacted anonymously',
		text: 'Describe the situation (optional)',
		textHint: 'Do not write names or personal details. The text is not stored.',
		changeHeading: 'Change the search',
		changeLink: 'Change the search',
		submit: 'Search',
		map: 'Map',
		showMap: 'Show map',
		hideMap: 'Hide map',
		shortlistAdd: 'Add to your list',
		shortlistRemove: 'Remove from your list',
		shortlistLink: (n: number) => `Your list (${n})`,
		reasons: 'Why this one?'
	},
	reasonStatus: {
		met: 'Fits',
		partly: 'Partly fits',
		unknown: 'Unknown',
		'not-met': 'Does not fit'
	},
	map: {
		zoomIn: 'Zoom in',
		zoomOut: 'Zoom out',
		closePopup: 'Close',
		label: 'Map of the services',
		help: 'The map complements the list. Use the arrow keys to move and plus and minus to zoom.',
		approximate: 'approximate position (centre of the municipality)',
		nationwide: (n: number) => `${n} services work all over Sweden and are not shown on the map.`,
		area: 'Service area',
		noScript:
			'The map shows when JavaScript is on. The list has the same services and where they are.',
		loading: 'Loading the map …',
		failed: 'The map could not be loaded. The list holds the same services.'
	},
	service: {
		back: 'Back',
		contacts: 'Contact',
		about: 'About the service',
		eligibility: 'Who can get help?',
		area: 'Where is it?',
		nationwide: 'All over Sweden',
		afterContact: 'What happens when you get in touch?',
		sources: 'Sources',
		sourcesIntro: 'The details come from these pages:',
		verified: 'Last checked',
		confidence: {
			high: 'Reliable details',
			medium: 'Fairly reliable details',
			low: 'Uncertain details'
		},
		caveats: 'Good to know',
		organization: 'Run by',
		languages: 'Languages',
		notFound: 'The service does not exist, or has been removed.'
	},
	shortlist: {
		heading: 'Your list',
		intro: 'The list only exists in this tab. It disappears when you close or reload the page.',
		empty: 'The list is empty. Add services from the search.',
		print: 'Print the referral sheet',
		clear: 'Empty the list',
		sheetHeading: 'Where you can get support',
		sheetIntro:
			'You have the right to support. It is never your fault. You decide when and how to get in touch.',
		printedOn: (date: string) => `Printed ${date}`,
		keepSafe:
			'Keep this sheet where nobody who hurts you can find it. If that person lives with you, do not take it home, or keep the numbers somewhere safe.',
		socialHeading: 'Social services in your municipality',
		socialGeneric:
			'Call the municipality’s switchboard – the number is on its website – and ask for social services for children and young people.',
		sheetFooter: 'In danger right now? Call 112. Under 18: Bris 116 111, day and night.',
		backToSearch: 'Back to the search'
	},
	form: {
		fixThese: 'Please fix this, and we can search:',
		ageInvalid: 'Write the age in digits, between 0 and 120.',
		textTooLong: 'The text is too long. Please shorten it.',
		error: 'Something went wrong with the search. Please try again.',
		notShownAgain:
			'For your safety, a search is shown only once. Write again if you want to search.',
		unavailable:
			'The service is not answering right now. In an emergency: call 112. Under 18: Bris 116 111.',
		tooMany:
			'Very many searches are coming from the same network right now. Wait a minute and try again. In an emergency: call 112. Under 18: Bris 116 111.'
	},
	safetyPage: {
		heading: 'Stay safe online',
		intro: 'If someone can see what you do on your phone or computer, these tips can help.',
		exit: {
			heading: 'Leave the page quickly',
			button: (site: string) =>
				`The Leave this page button is at the top of every page. It hides the page at once and opens ${site} in the same tab.`,
			keys: 'You can also press Esc, or press Shift three times in a row. This works even before the page has finished loading.',
			history:
				'The page you leave is replaced in your history, so Back does not lead to it. Other pages you looked at here stay in the history and Back can show them, but what you wrote and your results are never shown again: they only existed on the page.',
			notErased:
				'The button does not erase your history, does not close other tabs, and does not hide your visit from someone who can see the network, such as a school or home wifi. Read below how to clear your history.',
			withoutScripts:
				'If JavaScript is turned off in your browser, the button is an ordinary link and Esc and Shift do not work. Back then leads to the page again, but a search is not shown again.'
		},
		sections: [
			{
				heading: 'History and traces',
				text: [
					'Your browser keeps a list of the pages you visit. Use private browsing (incognito), so nothing is kept when you close the window.',
					'You can delete the history in the browser settings. Remember that a completely empty history can also raise questions.',
					'Stödkartan does not store what you search for, uses no cookies and sends nothing to other websites.'
				]
			},
			{
				heading: 'Phone calls and texts',
				text: [
					"Calls show in the phone's call log, and often on the phone bill. The women's helpline Kvinnofridslinjen 020-50 50 50 does not show on the bill.",
					"Chat and e-mail with Bris, girls' shelters and boys' chats can often be anonymous."
				]
			},
			{
				heading: 'If someone watches your phone',
				text: [
					"If you think someone reads your messages or has an app that tracks you, use a computer or phone that person cannot reach, for example at school, at a library or at a friend's you trust.",
					'In danger right now: call 112.'
				]
			},
			{
				heading: 'Finding your way back',
				text: [
					'You can always search for "Stödkartan" to find your way back, instead of saving a bookmark.'
				]
			}
		]
	},
	aboutPage: {
		heading: 'About Stödkartan',
		intro:
			'Stödkartan shows where children and young people exposed to sexual violence can get support, and helps adults and professionals refer them to the right place.',
		sections: [
			{
				heading: 'We store nothing about you',
				text: [
					'We do not store what you write or search for, your age or where you live. What you enter is used only to show the answers and is then forgotten.',
					'The site uses no cookies and no statistics that can be linked to you. Everything, including the map and the fonts, comes from this website.'
				]
			},
			{
				heading: 'Where do the details come from?',
				text: [
					'The details about the services come from public web pages. Every service shows its sources and when they were read.',
					'The services have not yet confirmed the details themselves. Please check phone numbers and opening hours before referring someone.'
				]
			},
			{
				heading: 'How are the results chosen?',
				text: [
					'We only show places you can use: the right age, the right place and open to you. What we do not know about you excludes nothing.',
					'They are then ordered by how well they fit what you need, who is asking and how you want to get in touch. Every result shows why it was included.'
				]
			}
		]
	}
};
