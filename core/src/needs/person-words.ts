import type { Gender } from '../catalogue/schema.js';

/**
 * The words people use to say who they are and whom they write about, in Swedish and English:
 * genders, professions, children and siblings, and the small words around them. Read by
 * person-statements.ts.
 */

export const GENDER_WORDS: Record<string, Gender> = {
	kille: 'male',
	pojke: 'male',
	grabb: 'male',
	transkille: 'male',
	guy: 'male',
	boy: 'male',
	man: 'male',
	tjej: 'female',
	flicka: 'female',
	transtjej: 'female',
	kvinna: 'female',
	girl: 'female',
	woman: 'female',
	ickebinär: 'nonbinary',
	nonbinary: 'nonbinary',
	enby: 'nonbinary'
};

/** "icke-binär" and "non-binary" are read as two words. */
export const GENDER_PAIRS: Record<string, Gender> = {
	'icke binär': 'nonbinary',
	'non binary': 'nonbinary'
};

/** Words that may stand between "jag är" and what the person says they are ("en 15-årig tjej"). */
export const FILLERS = new Set([
	'en',
	'ett',
	'a',
	'an',
	'ung',
	'young',
	'år',
	'årig',
	'åring',
	'gammal',
	'year',
	'years',
	'yr',
	'yrs',
	'old',
	'yo',
	'typ',
	'bara',
	'just',
	'också',
	'also',
	'school',
	'social',
	'youth',
	'care',
	'support',
	'teaching',
	'police',
	'på',
	'och',
	'and'
]);

/** A number that is not an age: "100 kr", "3 gånger". */
export const UNITS = new Set([
	'kr',
	'kronor',
	'procent',
	'min',
	'minuter',
	'timmar',
	'timme',
	'dagar',
	'dag',
	'veckor',
	'gånger',
	'st',
	'percent',
	'minutes',
	'hours',
	'days',
	'weeks',
	'times',
	'dollars'
]);

export const PROFESSIONS = new Set([
	'lärare',
	'läraren',
	'mentor',
	'kurator',
	'skolkurator',
	'skolsköterska',
	'sjuksköterska',
	'socialsekreterare',
	'socionom',
	'fritidsledare',
	'tränare',
	'förskollärare',
	'barnskötare',
	'pedagog',
	'fritidspedagog',
	'specialpedagog',
	'rektor',
	'psykolog',
	'läkare',
	'polis',
	'elevassistent',
	'behandlare',
	'familjebehandlare',
	'handläggare',
	'kontaktperson',
	'personal',
	'teacher',
	'mentor',
	'counsellor',
	'counselor',
	'nurse',
	'coach',
	'psychologist',
	'doctor',
	'therapist',
	'caseworker',
	'principal',
	'officer',
	'worker',
	'educator',
	'assistant',
	'pedagogue',
	'volunteer',
	'leader',
	'librarian',
	'pastor',
	'priest',
	'midwife',
	'gp',
	'childminder',
	'paramedic',
	'tutor',
	'headteacher',
	'staff',
	'practitioner',
	'clinician',
	'pediatrician',
	'paediatrician',
	'barnmorska',
	'bibliotekarie',
	'präst',
	'diakon',
	'terapeut',
	'volontär',
	'coach',
	'skötare',
	'assistent',
	'ledare'
]);

/**
 * The last part of a Swedish compound that names a job: "fotbollstränare", "förskolepersonal",
 * "behandlingsassistent", "chattvolontär", "BUP-psykolog" (read as two words, the last a job).
 */
export const PROFESSION_HEADS: readonly string[] = [
	'lärare',
	'tränare',
	'ledare',
	'sköterska',
	'kurator',
	'pedagog',
	'sekreterare',
	'assistent',
	'behandlare',
	'handläggare',
	'volontär',
	'coach',
	'barnmorska',
	'läkare',
	'psykolog',
	'personal',
	'terapeut',
	'skötare',
	'arbetare',
	'mentor',
	'rektor',
	'vikarie',
	'vårdare',
	'assistent',
	'medarbetare'
];

/** English jobs said in two words, whose first word alone is no job: "foster carer" is a parent. */
export const PARENT_CARERS = new Set(['foster', 'familjehems', 'jourhems']);
export const CARERS = new Set(['carer', 'carers', 'förälder', 'föräldrar', 'parent', 'parents']);

/** Where people work with children: "I work at a nursery", "jobbar på fritids", "we run a daycare". */
export const WORKPLACES = new Set([
	'förskola',
	'förskolan',
	'skola',
	'skolan',
	'fritids',
	'fritidshem',
	'fritidsgård',
	'fritidsgården',
	'boende',
	'boendet',
	'hvb',
	'mottagning',
	'mottagningen',
	'ungdomsmottagning',
	'ungdomsmottagningen',
	'bvc',
	'elevhälsan',
	'socialtjänsten',
	'avdelning',
	'avdelningen',
	'nursery',
	'daycare',
	'kindergarten',
	'preschool',
	'school',
	'clinic',
	'club',
	'centre',
	'center',
	'shelter',
	'hospital',
	'practice',
	'ward',
	'unit'
]);
/** Verbs of working somewhere, in the first person or with the "I" left out ("Jobbar på fritids."). */
export const WORK_VERBS = new Set(['work', 'worked', 'jobbar', 'arbetar', 'run', 'driver']);

export const CHILD_NOUNS: Record<string, Gender | null> = {
	dotter: 'female',
	dottern: 'female',
	tonårsdotter: 'female',
	tonårsdottern: 'female',
	döttrar: 'female',
	styvdotter: 'female',
	bonusdotter: 'female',
	fosterdotter: 'female',
	systerdotter: 'female',
	brorsdotter: 'female',
	daughter: 'female',
	stepdaughter: 'female',
	granddaughter: 'female',
	niece: 'female',
	son: 'male',
	sonen: 'male',
	tonårsson: 'male',
	tonårssonen: 'male',
	söner: 'male',
	styvson: 'male',
	bonusson: 'male',
	fosterson: 'male',
	systerson: 'male',
	brorson: 'male',
	stepson: 'male',
	grandson: 'male',
	nephew: 'male',
	barn: null,
	barnet: null,
	barnbarn: null,
	child: null,
	kid: null
};

/** "dottern blev …": a parent's word for their own child, with or without "min". */
export const DEFINITE = new Set(['dottern', 'sonen', 'barnet', 'tonårsdottern', 'tonårssonen']);

export const SIBLING_NOUNS: Record<string, Gender> = {
	lillasyster: 'female',
	storasyster: 'female',
	syster: 'female',
	syrran: 'female',
	sister: 'female',
	lillebror: 'male',
	storebror: 'male',
	bror: 'male',
	brorsan: 'male',
	brother: 'male'
};

export const PERSON_NOUNS: Record<string, Gender | null> = {
	flicka: 'female',
	flickan: 'female',
	tjej: 'female',
	tjejen: 'female',
	girl: 'female',
	pojke: 'male',
	pojken: 'male',
	kille: 'male',
	killen: 'male',
	boy: 'male',
	elev: null,
	eleven: null,
	patient: null,
	spelare: null,
	kompis: null,
	vän: null,
	friend: null,
	tjejer: 'female',
	flickor: 'female',
	girls: 'female',
	killar: 'male',
	pojkar: 'male',
	boys: 'male',
	pupil: null,
	pupils: null,
	student: null,
	students: null
};

/** Prepositions before the one who did something, or whom it was done to ("av en kille", "till en kille"). */
export const DOER_PREPOSITIONS = new Set(['av', 'by', 'från', 'from', 'till', 'to']);
/** "moster till en tjej på 15": here "till" is kinship, not a deed. */
export const RELATIVES = new Set([
	'moster',
	'faster',
	'morbror',
	'farbror',
	'mormor',
	'morfar',
	'farmor',
	'farfar',
	'kusin',
	'gudmor',
	'gudfar',
	'aunt',
	'uncle',
	'grandmother',
	'grandfather',
	'godmother',
	'godfather'
]);
export const POSSESSIVES = new Set(['min', 'mitt', 'mina', 'vår', 'vårt', 'våra', 'my', 'our']);

export const I_AM: readonly (readonly string[])[] = [
	['jag', 'är'],
	['ja', 'e'],
	['jag', 'e'],
	['ja', 'är'],
	['är', 'jag'],
	['i', 'm'],
	['im'],
	['i', 'am']
];

/** English "I" (not Swedish "i", in) comes before a verb: "I was", "I got". */
export const ENGLISH_AFTER_I = new Set([
	'was',
	'am',
	'm',
	'got',
	'get',
	'have',
	've',
	'had',
	'been',
	'keep',
	'think',
	'woke',
	'just',
	'feel',
	'did'
]);
