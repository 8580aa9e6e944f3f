import type { Lang } from './index';

/** The public service page's "suggest a correction" form: kept apart from the staff pages' texts, so no staff code reaches public pages. */
const SUGGEST = {
	sv: {
		heading: 'Stämmer något inte?',
		intro:
			'Berätta om ett nummer, en adress eller något annat här är fel. Det går till dem som sköter Stödkartan och visas aldrig för andra.',
		label: 'Vad är fel?',
		hint: 'Skriv inte ditt namn eller något annat om dig själv eller någon annan. Vi sparar inte vem du är.',
		submit: 'Skicka',
		thanks: 'Tack! Vi kontrollerar uppgifterna.',
		invalid: 'Skriv några ord om vad som är fel (högst 2000 tecken).',
		limited: 'Du har skickat många förslag. Vänta en stund och försök igen.',
		failed: 'Det gick inte att skicka just nu. Försök igen senare.'
	},
	en: {
		heading: 'Is something wrong?',
		intro:
			'Tell us if a number, an address or anything else here is wrong. It goes to the people who run Stödkartan and is never shown to others.',
		label: 'What is wrong?',
		hint: 'Do not write your name or anything else about yourself or anyone else. We do not keep who you are.',
		submit: 'Send',
		thanks: 'Thank you! We will check the details.',
		invalid: 'Write a few words about what is wrong (at most 2000 characters).',
		limited: 'You have sent many suggestions. Wait a while and try again.',
		failed: 'It could not be sent just now. Try again later.'
	}
};

export function suggestMessages(lang: Lang) {
	return SUGGEST[lang];
}
