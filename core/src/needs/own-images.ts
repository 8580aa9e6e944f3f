import { spanOf, type TextWord } from '../text/words.js';

/**
 * A young person worried about their own use of images of children, told in everyday words:
 * "i've been looking at stuff online with kids in it and i want to stop", "jag sparar bilder på
 * småbarn … och vet att det är fel", "I keep searching for pics of young teens and I don't want
 * to be this person". Read from a small grammar: the writer looks at, saves or searches for
 * something with children in it, in a text that says it is wrong, sexual or to be stopped.
 *
 * The same words with no such sign are no worry ("images of kids for a school project", "old
 * photos of myself as a child"): `hasWorrySign` tells the reader to set the vocabulary's bare
 * "pictures of kids" aside then. Bounded: a fixed window of words after each verb.
 */

const LOOKS = new Set([
	'looking',
	'looked',
	'look',
	'watching',
	'watched',
	'watch',
	'searching',
	'searched',
	'search',
	'downloading',
	'downloaded',
	'saving',
	'saved',
	'save',
	'collecting',
	'tittar',
	'tittat',
	'titta',
	'kollar',
	'kollat',
	'kolla',
	'sparar',
	'sparat',
	'laddar',
	'laddat',
	'söker',
	'sökt',
	'letar'
]);
const CHILDREN = new Set([
	'kids',
	'children',
	'child',
	'minors',
	'underage',
	'teens',
	'toddlers',
	'barn',
	'småbarn',
	'minderåriga',
	'yngre',
	'tonåringar'
]);
/** Said to be wrong, sexual, or to be stopped. */
const SIGNS: readonly (readonly string[])[] = [
	['want', 'to', 'stop'],
	['can', 't', 'stop'],
	['cannot', 'stop'],
	['how', 'to', 'stop'],
	['need', 'help'],
	['wrong'],
	['hate', 'myself'],
	['ashamed'],
	['disgusting'],
	['this', 'person'],
	['shouldn', 't'],
	['should', 'not'],
	['scares', 'me'],
	['admitted'],
	['caught'],
	['sexual'],
	['naked'],
	['nudes'],
	['porn'],
	['abuse'],
	['vill', 'sluta'],
	['kan', 'inte', 'sluta'],
	['klarar', 'det', 'inte'],
	['klarar', 'inte'],
	['hur', 'slutar'],
	['behöver', 'hjälp'],
	['fel'],
	['hatar', 'mig'],
	['skäms'],
	['äcklig'],
	['borde', 'inte'],
	['inte', 'får'],
	['skrämmer', 'mig'],
	['erkänt'],
	['ertappad'],
	['sexuella'],
	['nakna'],
	['porr'],
	['övergrepp']
];
const WRITER = new Set(['i', 'jag', 'ja']);

function startsAt(words: readonly TextWord[], at: number, sequence: readonly string[]): boolean {
	return sequence.every((word, k) => words[at + k]?.word === word);
}

/** Whether the text says the looking is wrong, sexual or to be stopped. */
export function hasWorrySign(words: readonly TextWord[]): boolean {
	return words.some((_, at) => SIGNS.some((sequence) => startsAt(words, at, sequence)));
}

/**
 * The writer's own looking at something with children in it, with a sign of worry: the words
 * that say it, or undefined. The writer looks when the verb follows "i", "jag", "i've been",
 * "I keep", or starts the text ("kollar på …").
 */
export function readOwnImages(words: readonly TextWord[]): string | undefined {
	if (!hasWorrySign(words)) return undefined;
	for (let at = 0; at < words.length; at++) {
		if (!LOOKS.has(words[at]?.word ?? '')) continue;
		const before = words.slice(Math.max(0, at - 3), at);
		const byWriter =
			at === 0 ||
			before.some((w) => WRITER.has(w.word) && w.clause === words[at]?.clause) ||
			words[at - 1]?.clause !== words[at]?.clause;
		if (!byWriter) continue;
		const sentence = words[at]?.sentence;
		for (let k = at + 1; k <= at + 8 && k < words.length; k++) {
			if (words[k]?.sentence !== sentence) break;
			if (CHILDREN.has(words[k]?.word ?? '')) return spanOf(words, at, k);
		}
	}
	return undefined;
}

const PICTURES = new Set([
	'pictures',
	'pics',
	'images',
	'photos',
	'videos',
	'bilder',
	'filmer',
	'foton',
	'videor'
]);

/**
 * Whether words the vocabulary read as worry about one's own thoughts are only pictures of
 * children ("images of kids", "bilder på barn"), which say nothing by themselves.
 */
export function isOnlyPicturesOfChildren(
	words: readonly TextWord[],
	positions: readonly number[]
): boolean {
	const said = positions.map((at) => words[at]?.word ?? '');
	return said.some((w) => PICTURES.has(w)) && said.some((w) => CHILDREN.has(w));
}
