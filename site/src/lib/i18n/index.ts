import { en } from './en';
import { sv, type Messages } from './sv';

export type Lang = 'sv' | 'en';
export type { Messages };

const MESSAGES: Record<Lang, Messages> = { sv, en };

export function messages(lang: Lang): Messages {
	return MESSAGES[lang];
}

/** The language of a path: English under /en, Swedish everywhere else. */
export function langOf(pathname: string): Lang {
	return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'sv';
}

/** A path of the site in a language: `localize('/sok', 'en')` is `/en/sok`. */
export function localize(path: string, lang: Lang): string {
	if (lang === 'sv') return path;
	return path === '/' ? '/en' : `/en${path}`;
}

/** The same page in the other language. */
export function otherLanguagePath(pathname: string): string {
	if (langOf(pathname) === 'en') return pathname.replace(/^\/en/, '') || '/';
	return localize(pathname, 'en');
}

/** A name from a list of running-text names ("chatt") as a label of its own ("Chatt"). */
export function asLabel(name: string): string {
	return name.charAt(0).toLocaleUpperCase('sv') + name.slice(1);
}
