import type { SwedishClock } from '../hours/opening-hours.js';
import type { NeedCode } from '../needs/codes.js';
import type { Signal } from '../needs/vocabulary.js';
import { audienceMask, needMask, type Mask } from './features.js';
import { NO_ROLE, roleCode, type HotColumns } from './catalogue-index.js';
import type { CheckStatus } from './eligibility.js';
import type { Seeker } from './request.js';

/**
 * The first-step rules: what a skilled support worker sends a person to first, for the situations
 * where the order matters more than how well each service fits. Each rule names routes by their
 * `role`, needs and audience in the catalogue, never by a service, and each placement carries a
 * reason in plain words.
 *
 * - danger now → the emergency number, then a crisis line; with someone there now (on the way, at
 *   the door, hurting someone) also the police among the first five
 * - rape in the last days, or a sexual assault then with signs in the body → acute care (the local
 *   clinic where there is one), the police, crisis support
 * - abuse long ago, and treatment asked for → child psychiatry or trauma treatment first
 * - a parent or professional describing abuse of a child → the report of concern to the child's
 *   municipality, the police, the Barnahus that serves the municipality, then advice for adults
 * - asking how to report a crime → the police
 * - a crime against a child, for the young person → the police among the first four
 * - a crime against an adult, not in the last days → crime-victim support among the first five
 * - a vague text from a young person → the general lines for children and young people
 * - worried about one's own sexual thoughts or acts → a service for that first, never the police
 *   or the emergency number as a reflex
 * - a child with nowhere to stay, out of office hours or now → the social on-call service of the
 *   municipality, or the emergency number when it is known to be closed
 * - at night, for a young person → services open now before services that open tomorrow
 * - no place given → national services before local and regional ones
 */
export const FIRST_STEP_RULES = [
	'danger-now',
	'recent-rape',
	'continued-care',
	'adult-reporting',
	'report-crime',
	'crime-against-child',
	'crime-victim',
	'own-behaviour',
	'nowhere-to-stay',
	'vague',
	'night',
	'no-place'
] as const;
export type FirstStepRule = (typeof FIRST_STEP_RULES)[number];

export const ROUTES = [
	'emergency',
	'acute-care',
	'police',
	'social-services',
	'barnahus',
	'adult-advice',
	'crisis-line',
	'general-line',
	'prevention',
	'on-call',
	'treatment',
	'victim-support'
] as const;
export type Route = (typeof ROUTES)[number];

export interface Step {
	rule: FirstStepRule;
	route: Route;
	/** How many services of the route are placed. */
	take: number;
	/** `lead`: placed at the top, in the order of the steps; a number: placed by this position. */
	place: 'lead' | number;
	/**
	 * Placed only when the step before it found no service that is open or may be open now: the
	 * emergency number when the on-call service is known to be closed.
	 */
	unlessOpenBefore?: true;
}

export interface FirstStepPlan {
	rules: FirstStepRule[];
	steps: Step[];
	/** Services open now before services known to be closed (a young person at night). */
	openFirst: boolean;
	/** National services before local and regional ones (no place was given). */
	nationalFirst: boolean;
}

/** Concerns that are crimes when they happen to a child. */
const CRIMES: readonly NeedCode[] = [
	'rape',
	'sexual-abuse',
	'online-sexual-abuse',
	'sexual-exploitation',
	'human-trafficking',
	'abuse-in-family',
	'partner-violence',
	'honour-violence'
];
/** How sure the reading must be of a need for a rule to rest on it. */
const SURE = 0.5;
/** A reading this faint does not count, even to say that a text is not vague. */
const FAINT = 0.3;
/** How plainly a help must be asked for ("hur polisanmäler jag", "orosanmälan"). */
const ASKED = 0.9;
/** Night for the night rule, in minutes since midnight, Swedish time. */
const NIGHT_STARTS = 20 * 60;
const NIGHT_ENDS = 8 * 60;
/** Among the first four: early, after the one or two lines a young person may call first. */
const POLICE_BY = 4;
/**
 * With someone there now: after 112 and a line to talk to now, by the fourth place, so that a
 * local service moved before its national route (placement.ts) still leaves it among the first five.
 */
const DANGER_POLICE_BY = 4;
/** Among the first five: after the lines an adult may call first. */
const VICTIM_SUPPORT_BY = 5;

export interface Situation {
	asking: Seeker | undefined;
	age: number | undefined;
	placeKnown: boolean;
	needs: ReadonlyMap<NeedCode, number>;
	signals: ReadonlySet<Signal>;
	clock: SwedishClock;
}

export function planFirstSteps(situation: Situation): FirstStepPlan {
	const { asking, age, needs, signals } = situation;
	const weight = (code: NeedCode) => needs.get(code) ?? 0;
	const isAdultAsking = asking === 'parent' || asking === 'professional';
	const isYoung = !isAdultAsking && (age === undefined || age <= 25);
	const isChild = age === undefined || age < 18;
	const hasCrime = CRIMES.some((code) => weight(code) >= SURE);
	const ownBehaviour = weight('worried-about-own-behaviour') >= SURE;
	const asksPolice = weight('police-report') >= ASKED;
	// An adult describing a child who may be harmed has a report of concern to make even when the
	// reading is unsure which harm it is ("does things under the covers with him").
	const suspectsCrime = CRIMES.some((code) => weight(code) >= FAINT);
	// A sexual assault in the last days with signs in the body needs acute care like a rape.
	const recentAssault =
		signals.has('just-happened') &&
		(weight('rape') >= SURE || (weight('sexual-abuse') >= SURE && weight('medical-care') >= SURE));
	// Abuse long ago, the report made or closed, and help to go on with: treatment, not the police.
	const continuedCare =
		signals.has('long-ago') &&
		!signals.has('just-happened') &&
		!signals.has('danger-now') &&
		weight('trauma-treatment') >= SURE &&
		!asksPolice;
	const rules: FirstStepRule[] = [];
	const steps: Step[] = [];
	const lead = (rule: FirstStepRule, route: Route, take = 1) => {
		steps.push({ rule, route, take, place: 'lead' });
		if (!rules.includes(rule)) rules.push(rule);
	};

	if (signals.has('danger-now')) {
		lead('danger-now', 'emergency');
		lead('danger-now', 'crisis-line');
		// Someone on the way, at the door or hurting someone now: a crime may be going on, and
		// the police (after 112, which reaches them in an emergency) are among the first five.
		if (signals.has('someone-there') && !ownBehaviour) {
			steps.push({ rule: 'danger-now', route: 'police', take: 1, place: DANGER_POLICE_BY });
		}
	}
	if (continuedCare) lead('continued-care', 'treatment', 2);
	if (recentAssault) {
		lead('recent-rape', 'acute-care', 2);
		lead('recent-rape', 'police');
		if (isAdultAsking && isChild) lead('recent-rape', 'social-services');
		lead('recent-rape', 'crisis-line');
	} else if (
		isAdultAsking &&
		isChild &&
		!ownBehaviour &&
		(suspectsCrime || weight('social-services') >= ASKED)
	) {
		if (asksPolice) lead('report-crime', 'police');
		lead('adult-reporting', 'social-services', 2);
		if (suspectsCrime) {
			lead('adult-reporting', 'police');
			if (situation.placeKnown) lead('adult-reporting', 'barnahus');
		}
		lead('adult-reporting', 'adult-advice', 2);
	} else if (asksPolice) {
		lead('report-crime', 'police');
	} else if (isYoung && isChild && hasCrime && !ownBehaviour) {
		steps.push({ rule: 'crime-against-child', route: 'police', take: 1, place: POLICE_BY });
		rules.push('crime-against-child');
	} else if (
		!isAdultAsking &&
		age !== undefined &&
		age >= ADULT_AGE &&
		hasCrime &&
		!ownBehaviour &&
		!signals.has('danger-now')
	) {
		// An adult victim: crime-victim support is help with what comes after, also long after.
		steps.push({
			rule: 'crime-victim',
			route: 'victim-support',
			take: 1,
			place: VICTIM_SUPPORT_BY
		});
		rules.push('crime-victim');
	}
	// Whoever worries about their own thoughts or acts (or a parent about their child's) is met by
	// a service for that first: it is help they asked for, and the police as a reflex would scare
	// them away from it.
	if (ownBehaviour && !signals.has('danger-now')) lead('own-behaviour', 'prevention', 2);
	// A child with nowhere to stay tonight: the municipality's social services, out of office
	// hours their on-call service; when that is known to be closed, or none is recorded, 112.
	const outOfHours = !isOfficeHours(situation.clock) || signals.has('urgent');
	if (
		isYoung &&
		isChild &&
		weight('safe-housing') >= SURE &&
		outOfHours &&
		situation.placeKnown &&
		!steps.some((step) => step.route === 'social-services' || step.route === 'emergency')
	) {
		// Out of office hours only the on-call service answers; an intake whose hours are not
		// known is no better than closed then.
		lead('nowhere-to-stay', isOfficeHours(situation.clock) ? 'social-services' : 'on-call');
		steps.push({
			rule: 'nowhere-to-stay',
			route: 'emergency',
			take: 1,
			place: 'lead',
			unlessOpenBefore: true
		});
	}
	// Nothing read but a wish to talk: not even a weak reading of a concern or a kind of help.
	const isVague = [...needs].every(
		([code, value]) => value < FAINT || code === 'someone-to-talk-to'
	);
	if (isYoung && isVague && steps.length === 0) lead('vague', 'general-line', 3);

	const { minutes } = situation.clock;
	const openFirst = isYoung && (minutes >= NIGHT_STARTS || minutes < NIGHT_ENDS);
	if (openFirst) rules.push('night');
	if (!situation.placeKnown) rules.push('no-place');
	return { rules, steps, openFirst, nationalFirst: !situation.placeKnown };
}

const ROLE = {
	emergency: roleCode('emergency'),
	acute: roleCode('acute-care'),
	police: roleCode('police'),
	social: roleCode('social-services'),
	onCall: roleCode('social-on-call'),
	barnahus: roleCode('barnahus'),
	line: roleCode('support-line'),
	childPsychiatry: roleCode('child-psychiatry'),
	trauma: roleCode('trauma-treatment'),
	victimSupport: roleCode('crime-victim-support')
};
const ADULTS = audienceMask(['parents', 'professionals']);
const YOUNG = audienceMask(['children', 'young-people']);
const CRISIS = needMask(['crisis-support']);
const TALK = needMask(['someone-to-talk-to']);
const ADVICE = needMask(['parent-support', 'professional-guidance']);
const ADULT_AGE = 18;

/** What a route needs to know about the person: their gender mask, for the general lines. */
export interface RouteContext {
	personGenderMask: Mask;
}

/**
 * Whether the service at `position` is on a route. Reads only the index's columns; `area` is
 * whether its area includes the person's place.
 */
export function isOnRoute(
	route: Route,
	columns: HotColumns,
	position: number,
	area: CheckStatus,
	context: RouteContext
): boolean {
	const role = columns.role[position] as number;
	if (role === NO_ROLE && route !== 'emergency') return false;
	const needs = columns.needMask[position] as number;
	const audience = columns.audience[position] as number;
	switch (route) {
		case 'emergency':
			return columns.isEmergency[position] === 1;
		case 'acute-care':
			return role === ROLE.acute;
		case 'police':
			return role === ROLE.police;
		case 'social-services':
			return role === ROLE.social || role === ROLE.onCall;
		case 'barnahus':
			return role === ROLE.barnahus && area === 'met' && columns.scope[position] !== 0;
		case 'adult-advice':
			return role === ROLE.line && (audience & ADULTS) !== 0 && (needs & ADVICE) !== 0;
		case 'crisis-line':
			return role === ROLE.line && (needs & CRISIS) !== 0 && (audience & YOUNG) !== 0;
		case 'prevention':
			return columns.isPrevention[position] === 1;
		case 'on-call':
			return role === ROLE.onCall && area === 'met' && columns.scope[position] !== 0;
		case 'treatment':
			return role === ROLE.childPsychiatry || role === ROLE.trauma;
		case 'victim-support':
			return role === ROLE.victimSupport;
		case 'general-line': {
			// A line for children and young people about anything: not one for a gender the person
			// has not said, one only for adults, or one only in a language they did not write in.
			const genders = columns.genderMask[position] as number;
			const minAge = columns.minAge[position] as number;
			return (
				role === ROLE.line &&
				(columns.mainNeedMask[position] as number) === TALK &&
				(audience & YOUNG) !== 0 &&
				(genders === 0 || (context.personGenderMask & genders) !== 0) &&
				minAge < ADULT_AGE &&
				columns.lacksSwedish[position] === 0
			);
		}
	}
}

/** Why a service was placed where it is, in plain words. */
export const STEP_REASONS: Record<Route, Record<'sv' | 'en', string>> = {
	emergency: {
		sv: 'Är du eller någon annan i fara just nu? Ring 112.',
		en: 'Are you or someone else in danger right now? Call 112.'
	},
	'acute-care': {
		sv: 'Akut vård först: efter en våldtäkt eller ett sexuellt övergrepp de senaste dagarna tas skador om hand och spår kan säkras, även om du inte har bestämt dig om en polisanmälan.',
		en: 'Acute care first: after a rape or sexual assault in the last days, injuries are cared for and evidence can be secured, even before you decide about a police report.'
	},
	police: {
		sv: 'Polisen: ett brott mot ett barn kan polisanmälas, på 114 14 eller på polisen.se.',
		en: 'The police: a crime against a child can be reported, on 114 14 or at polisen.se.'
	},
	'social-services': {
		sv: 'Socialtjänsten i barnets kommun: hit gör du en orosanmälan när ett barn kan fara illa.',
		en: "Social services in the child's municipality: this is where you report a concern that a child may be harmed."
	},
	barnahus: {
		sv: 'Barnahuset som tar emot barn från kommunen: barnet kommer dit efter en anmälan till polisen eller socialtjänsten.',
		en: 'The Barnahus that serves the municipality: the child comes here after a report to the police or social services.'
	},
	'adult-advice': {
		sv: 'Råd till dig som vuxen om hur du kan stötta barnet.',
		en: 'Advice for you as an adult on how to support the child.'
	},
	'crisis-line': {
		sv: 'Här kan du prata med någon om det som hänt, även nu.',
		en: 'Here you can talk to someone about what happened, also now.'
	},
	'general-line': {
		sv: 'En stödlinje för barn och unga: du kan prata om vad som helst.',
		en: 'A line for children and young people: you can talk about anything.'
	},
	'on-call': {
		sv: 'Socialjouren i din kommun: när du inte kan vara hemma och det är kväll, natt eller helg.',
		en: 'The social on-call service in your municipality: when you cannot stay at home in the evening, at night or at the weekend.'
	},
	treatment: {
		sv: 'Behandling för barn och unga efter övergrepp: hjälp att bearbeta det som hänt, också länge efteråt och när en utredning är nedlagd.',
		en: 'Treatment for children and young people after abuse: help to work through what happened, also long afterwards and when an investigation has been closed.'
	},
	'victim-support': {
		sv: 'Stöd till dig som utsatts för brott: någon som lyssnar och hjälper dig vidare, oavsett om du har anmält eller inte.',
		en: 'Support for victims of crime: someone who listens and helps you on, whether or not you have reported it.'
	},
	prevention: {
		sv: 'Hit kan du vända dig om du oroar dig för dina egna sexuella tankar eller handlingar, också innan något har hänt.',
		en: 'You can turn here if you worry about your own sexual thoughts or actions, also before anything has happened.'
	}
};

/** The reason for the social services when a child cannot stay at home. */
export const NOWHERE_REASON: Record<'sv' | 'en', string> = {
	sv: 'Socialtjänsten i din kommun hjälper dig när du inte kan vara hemma, kvällar, nätter och helger genom socialjouren.',
	en: "Your municipality's social services help when you cannot stay at home; in the evening, at night and at weekends through the on-call service."
};

/** The reason for the emergency number when no on-call service can be reached now. */
export const ON_CALL_CLOSED_REASON: Record<'sv' | 'en', string> = {
	sv: 'Socialjouren är stängd just nu: ring 112 om du inte har någonstans att vara i natt.',
	en: 'The social on-call service is closed right now: call 112 if you have nowhere to be tonight.'
};

/** The reason for the police when someone is there now: a crime may be going on. */
export const DANGER_POLICE_REASON: Record<'sv' | 'en', string> = {
	sv: 'Polisen: någon är där eller på väg nu, och ett brott kan pågå. I ett nödläge ringer du 112; annars nås polisen på 114 14.',
	en: 'The police: someone is there or on the way now, and a crime may be going on. In an emergency call 112; otherwise the police are on 114 14.'
};

/** The reason for the police when someone asked how to report, rather than for a child's crime. */
export const REPORT_REASON: Record<'sv' | 'en', string> = {
	sv: 'Polisen tar emot polisanmälan, på 114 14, på polisen.se eller på en polisstation.',
	en: 'The police take reports of crimes, on 114 14, at polisen.se or at a police station.'
};

/** What each rule means for the person, for "this is how we read your situation". */
export const RULE_MESSAGES: Record<FirstStepRule, Record<'sv' | 'en', string>> = {
	'danger-now': {
		sv: 'Det låter som att någon kan vara i fara just nu. Ring 112.',
		en: 'It sounds as if someone may be in danger right now. Call 112.'
	},
	'recent-rape': {
		sv: 'Det låter som att det hände de senaste dagarna: akut vård först, sedan polisen och någon att prata med.',
		en: 'It sounds as if it happened in the last days: acute care first, then the police and someone to talk to.'
	},
	'continued-care': {
		sv: 'Det hände för en tid sedan och du söker fortsatt hjälp: först kommer behandling efter övergrepp.',
		en: 'It happened some time ago and you are looking for help to go on with: treatment after abuse comes first.'
	},
	'adult-reporting': {
		sv: 'Du beskriver att ett barn kan fara illa: först en orosanmälan till socialtjänsten i barnets kommun, sedan polisen och Barnahus, och råd till dig som vuxen.',
		en: "You describe a child who may be harmed: first a report of concern to social services in the child's municipality, then the police and the Barnahus, and advice for you as an adult."
	},
	'report-crime': {
		sv: 'Du vill göra en polisanmälan: polisen kommer först.',
		en: 'You want to report a crime: the police come first.'
	},
	'crime-against-child': {
		sv: 'Det du beskriver kan vara ett brott. Du bestämmer själv om du vill polisanmäla, men polisen finns med bland de första.',
		en: 'What you describe may be a crime. You decide whether to report it, but the police are among the first results.'
	},
	'crime-victim': {
		sv: 'Det du beskriver är ett brott: stöd för brottsutsatta finns med bland de första, också om det var länge sedan.',
		en: 'What you describe is a crime: support for victims of crime is among the first results, also if it was long ago.'
	},
	'own-behaviour': {
		sv: 'Du oroar dig för dina egna tankar eller handlingar: först kommer stöd för just det. Du kan få hjälp innan något har hänt.',
		en: 'You worry about your own thoughts or actions: support for exactly that comes first. You can get help before anything has happened.'
	},
	'nowhere-to-stay': {
		sv: 'Du kan inte vara hemma: socialjouren i din kommun hjälper dig kvällar, nätter och helger, och 112 när den är stängd.',
		en: "You can't stay at home: the social on-call service in your municipality helps in the evening, at night and at weekends, and 112 when it is closed."
	},
	vague: {
		sv: 'Du behöver inte veta vad du ska fråga om: först kommer stödlinjer för barn och unga där du kan prata om vad som helst.',
		en: "You don't need to know what to ask about: first come lines for children and young people where you can talk about anything."
	},
	night: {
		sv: 'Det är kväll eller natt: det som är öppet nu kommer först.',
		en: 'It is evening or night: what is open now comes first.'
	},
	'no-place': {
		sv: 'Ingen plats angavs: hjälp i hela Sverige kommer först. Ange kommun för att se hjälp där du bor.',
		en: 'No place was given: help all over Sweden comes first. Give a municipality to see help where you live.'
	}
};

/** Weekdays 08–17, Swedish time: when a municipality's intake answers, rather than its on-call service. */
export function isOfficeHours({ weekday, minutes }: SwedishClock): boolean {
	return weekday <= 5 && minutes >= 8 * 60 && minutes < 17 * 60;
}

/**
 * Within a route, which service comes first when both are equally open: the social services'
 * intake in office hours, their on-call service outside them.
 */
export function isPreferredOnRoute(
	route: Route,
	columns: HotColumns,
	position: number,
	clock: SwedishClock
): boolean {
	if (route !== 'social-services') return false;
	const role = columns.role[position] as number;
	return isOfficeHours(clock) ? role === ROLE.social : role === ROLE.onCall;
}
