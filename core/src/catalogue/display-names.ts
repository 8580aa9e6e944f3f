import type { ContactChannel } from './schema.js';

// Names of the catalogue's codes in running text, in Swedish and English: one list for the
// matcher's reasons and the site. This module imports nothing at run time, so the site's browser
// code can take it (`@stodkartan/core/names`) without the rest of core.

/** The contact channels ("nås via telefon eller chatt"). */
export const CHANNEL_NAMES: Readonly<
	Record<'sv' | 'en', Readonly<Record<ContactChannel, string>>>
> = {
	sv: {
		phone: 'telefon',
		sms: 'sms',
		chat: 'chatt',
		email: 'e-post',
		webform: 'webbformulär',
		video: 'video',
		'in-person': 'besök',
		app: 'app'
	},
	en: {
		phone: 'phone',
		sms: 'SMS',
		chat: 'chat',
		email: 'e-mail',
		webform: 'web form',
		video: 'video',
		'in-person': 'in person',
		app: 'app'
	}
};

/** Languages a service can be used in (ISO 639 codes; swl is Swedish Sign Language). */
export const LANGUAGE_NAMES: Readonly<Record<'sv' | 'en', Readonly<Record<string, string>>>> = {
	sv: {
		sv: 'svenska',
		en: 'engelska',
		ar: 'arabiska',
		fa: 'persiska',
		so: 'somaliska',
		ti: 'tigrinja',
		ku: 'kurdiska',
		es: 'spanska',
		fr: 'franska',
		de: 'tyska',
		pl: 'polska',
		ru: 'ryska',
		uk: 'ukrainska',
		fi: 'finska',
		tr: 'turkiska',
		bs: 'bosniska',
		sgn: 'teckenspråk',
		swl: 'svenskt teckenspråk'
	},
	en: {
		sv: 'Swedish',
		en: 'English',
		ar: 'Arabic',
		fa: 'Persian',
		so: 'Somali',
		ti: 'Tigrinya',
		ku: 'Kurdish',
		es: 'Spanish',
		fr: 'French',
		de: 'German',
		pl: 'Polish',
		ru: 'Russian',
		uk: 'Ukrainian',
		fi: 'Finnish',
		tr: 'Turkish',
		bs: 'Bosnian',
		sgn: 'sign language',
		swl: 'Swedish Sign Language'
	}
};
