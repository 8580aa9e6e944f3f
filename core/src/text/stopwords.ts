/**
 * Function words that carry no meaning for matching, in Swedish and English. Words that signal
 * danger, time or negation ("nu", "inte", "now", "not") are deliberately not here.
 */
const WORDS = `
alla allt att av blev bli blir de dem den denna deras dess det detta dig din dina ditt du där efter
eller en er era ert ett från för ha hade han hans har hen henne hennes honom hur hos här i ibland
in inom jag ju kan kom kunde man med men mig min mina mitt mot mycket ni nog någon något några när
och om oss på sig sin sina sitt ska skulle som så till under upp ut vad var vara varit vars vem vi
vid vilka vilken vilket våra vårt än är över också bara lite sen sedan ska skall väl typ liksom asså
a about an and are as at be been but by can could did do does for from had has have he her him his
i if in into is it its me my of on or our she so some that the their them then there they this to
us was we were what when which who will with would you your im i'm its it's
`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

export function isStopword(word: string): boolean {
	return STOPWORDS.has(word);
}

/** Words too common to matter even inside a phrase; pronouns like "mig"/"me" do matter there. */
export const PHRASE_GLUE: ReadonlySet<string> = new Set([
	'att',
	'en',
	'ett',
	'den',
	'det',
	'och',
	'som',
	'a',
	'an',
	'the',
	'to',
	'and'
]);
