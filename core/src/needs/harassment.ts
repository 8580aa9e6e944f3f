import type { TextWord } from '../text/words.js';
import { isTouchWord } from './assault.js';

/**
 * Groping is sexual harassment as well as abuse when a peer, a colleague or a stranger does it
 * ("killarna i klassen tafsar", "a guy on the bus grabbed me"); when an adult the child is in
 * the care of, or family, does it, it is abuse ("my coach keeps touching me", "pappas bror
 * tafsar"), and the touching words' harassment does not count. A reading of who does it, from
 * words for a role and for a peer in the text.
 */

/** Adults in a role over a child: a coach, a teacher, a leader, a babysitter. */
const ROLE =
	/^(\w*tränar(e|en|n)|coach(en)?|\w*lärar(e|en|n)|teacher|\w*ledar(e|en|n)|leader|janitor|vaktmästar(e|en)|instruktör(en)?|instructor|pastor(n)?|priest|präst(en)?|rektor(n)?|principal|barnvakt(en)?|babysitter|tutor)$/;
/** Peers and colleagues: someone in the class, at school, on the team, at work. */
const PEER =
	/^(klass(en|kompis\w*)?|classmate\w*|class|skolan|korridor(en)?|hallway|rast(en|erna)|nian|åttan|sjuan|gymnasiet|jobbet|work|kollega\w*|colleague\w*|coworker\w*|laget|team(mate\w*)?)$/;

export type Groper = 'role-or-family' | 'peer' | undefined;

/** Who the text says touches: an adult in a role or family, a peer, or it does not say. */
export function readGroper(words: readonly TextWord[], namesFamily: boolean): Groper {
	if (namesFamily || words.some(({ word }) => ROLE.test(word))) return 'role-or-family';
	return words.some(({ word }) => PEER.test(word)) ? 'peer' : undefined;
}

/** Whether the text tells of touching at all: "tar på", "touching", "tafsar". */
export const tellsTouching = (words: readonly TextWord[]) =>
	words.some(({ word }) => isTouchWord(word));
