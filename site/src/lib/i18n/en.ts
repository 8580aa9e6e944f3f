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
		sources: 'The details come from public sources. Please check them before referring someone.'
	},
	start: {
		heading: 'Here you can find support',
		intro:
			'If someone has done something sexual to you, online or in real life, there is help. It is never your fault.',
		choice: 'You decide how much you want to tell.',
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
		heading: 'Where you can get support',
		count: (n: number) => (n === 1 ? '1 place can help you.' : `${n} places can help you.`),
		none: 'We found no place that fits exactly what you searched for. You can always call Bris on 116 111 (under 18), or 112 in an emergency.',
		emergencyHeading: 'Are you in danger right now? Call 112.',
		emergencyText: 'You can call 112 if you or someone else is in danger. It is free.',
		understood: 'This is how we understood what you wrote:',
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
		place: (name: string) =>
			`We show support for people living in ${name}, and support all over Sweden.`,
		placeNotFound: 'We did not recognise the place. We show support available all over Sweden.',
		postalNotFound:
			'We did not recognise the postal code. We show support available all over Sweden.',
		searchAgain: 'Search again',
		alwaysHeading: 'You can always get in touch here',
		tryAgainWithout: 'You can also search without writing anything.'
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
		whatHappens: 'What happens when you get in touch?',
		more: 'More about this place',
		why: 'Why is this shown?',
		unverified:
			'The details come from public sources and have not been confirmed by the service. Check before referring.',
		lowConfidence: 'Uncertain details: the sources are old or few.',
		checked: (date: string) => `Sources last read ${date}`,
		forAges: 'Age',
		where: 'Where',
		pathway: 'How to find the right place where you live'
	},
	after: {
		anonymity: {
			anonymous: 'You do not have to say who you are.',
			optional: 'You can choose to stay anonymous.',
			identified: 'Here you need to say who you are.'
		},
		reports: {
			'required-by-law': 'Staff must report to social services if they think a child is at risk.',
			'when-child-at-risk': 'They may contact social services if a child is in danger.',
			no: 'They have no duty to report.'
		},
		parents: {
			'not-without-consent': 'Your parents are not told anything unless you agree.',
			'may-be': 'Your parents may be told.',
			yes: 'Your parents will be told.'
		},
		policeRequired: 'A police report is needed first.',
		policeNotRequired: 'You do not need to have reported to the police.',
		unknown: 'We do not know more about what happens. Feel free to ask when you get in touch.'
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
		needsLegend: 'What happened and what is needed?',
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
		submit: 'Search',
		results: (n: number) => (n === 1 ? '1 result' : `${n} results`),
		list: 'List',
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
		sheetFooter: 'In danger right now? Call 112. Under 18: Bris 116 111, day and night.',
		backToSearch: 'Back to the search'
	},
	form: {
		ageInvalid: 'Write the age in digits, between 0 and 120.',
		textTooLong: 'The text is too long. Please shorten it.',
		error: 'Something went wrong with the search. Please try again.',
		unavailable:
			'The service is not answering right now. In an emergency: call 112. Under 18: Bris 116 111.',
		tooMany:
			'Very many searches are coming from the same network right now. Wait a minute and try again. In an emergency: call 112. Under 18: Bris 116 111.'
	},
	safetyPage: {
		heading: 'Stay safe online',
		intro: 'If someone can see what you do on your phone or computer, these tips can help.',
		sections: [
			{
				heading: 'Leave the page quickly',
				text: [
					'The Leave this page button is at the top of every page. It takes you straight to a weather website.',
					'You can also press Esc, or press Shift three times in a row.',
					'The button does not remove the page from your history. Read below how to do that.'
				]
			},
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
