import type { ContactChannel } from './schema.js';

/**
 * The contact channels in running text ("nås via telefon eller chatt"), in Swedish and English.
 * One list for the matcher's reasons and the site's forms; it imports nothing at run time, so the
 * site's browser code can take it (`@stodkartan/core/channel-names`) without the rest of core.
 */
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
