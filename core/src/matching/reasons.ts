import { CHANNEL_NAMES, LANGUAGE_NAMES } from '../catalogue/display-names.js';
import type { ContactChannel, Gender } from '../catalogue/schema.js';
import type { Geography } from '../geo/geography.js';
import type { NeedCode } from '../needs/codes.js';
import type { NeedVocabulary, UiLanguage } from '../needs/need-vocabulary.js';
import { checkAge, checkArea, checkGender, type CheckStatus } from './eligibility.js';
import { channelsOf, hasAudience, type ServiceFeatures } from './features.js';
import {
	NOWHERE_REASON,
	ON_CALL_CLOSED_REASON,
	REPORT_REASON,
	DANGER_POLICE_REASON,
	STEP_REASONS,
	type Step
} from './first-steps.js';
import { audienceFit, isOpenNow, needDetails, WEIGHTS, type Query } from './rank.js';

export const REASON_CRITERIA = [
	'needs',
	'related-needs',
	'age',
	'gender',
	'area',
	'audience',
	'referral',
	'channels',
	'language',
	'open-now',
	'emergency',
	'first-step',
	'anonymous'
] as const;
export type ReasonCriterion = (typeof REASON_CRITERIA)[number];
export type ReasonStatus = CheckStatus | 'partly';

/** Why a service was offered: one criterion, whether it held, and a sentence a person can read. */
export interface MatchReason {
	criterion: ReasonCriterion;
	status: ReasonStatus;
	message: string;
	needs?: NeedCode[];
}

const GENDER_NAMES: Record<UiLanguage, Record<Gender, string>> = {
	sv: { female: 'tjejer', male: 'killar', nonbinary: 'icke-binära' },
	en: { female: 'girls', male: 'boys', nonbinary: 'non-binary people' }
};

function joinWords(words: readonly string[], language: UiLanguage): string {
	if (words.length <= 1) return words.join('');
	const and = language === 'sv' ? 'och' : 'and';
	return `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;
}

function ageRange(service: ServiceFeatures, language: UiLanguage): string {
	const { minAge, maxAge } = service;
	if (language === 'sv') {
		if (minAge !== undefined && maxAge !== undefined) return `För ${minAge}–${maxAge} år.`;
		return minAge !== undefined ? `Från ${minAge} år.` : `Upp till ${maxAge} år.`;
	}
	if (minAge !== undefined && maxAge !== undefined) return `For ages ${minAge}–${maxAge}.`;
	return minAge !== undefined ? `From age ${minAge}.` : `Up to age ${maxAge}.`;
}

const t = (language: UiLanguage, sv: string, en: string) => (language === 'sv' ? sv : en);

export interface ReasonContext {
	query: Query;
	geography: Geography;
	vocabulary: NeedVocabulary;
	language: UiLanguage;
}

function needReasons(
	service: ServiceFeatures,
	{ query, vocabulary, language }: ReasonContext
): MatchReason[] {
	if (query.needs.size === 0) return [];
	const fit = needDetails(service, query);
	const labels = (codes: NeedCode[]) =>
		joinWords(
			codes.map((code) => vocabulary.labelInSentence(code, language)),
			language
		);
	const reasons: MatchReason[] = [];
	if (fit.met.length > 0) {
		const missing =
			fit.missing.length > 0
				? t(
						language,
						` Inte uttryckligen: ${labels(fit.missing)}.`,
						` Not explicitly: ${labels(fit.missing)}.`
					)
				: '';
		reasons.push({
			criterion: 'needs',
			status: fit.missing.length > 0 ? 'partly' : 'met',
			message:
				t(language, `Hjälper med ${labels(fit.met)}.`, `Helps with ${labels(fit.met)}.`) + missing,
			needs: fit.met
		});
	} else {
		reasons.push({
			criterion: 'needs',
			status: 'not-met',
			message: t(
				language,
				`Hjälper inte uttryckligen med ${labels(fit.missing)}.`,
				`Does not explicitly help with ${labels(fit.missing)}.`
			),
			needs: []
		});
	}
	if (fit.related.length > 0) {
		reasons.push({
			criterion: 'related-needs',
			status: 'met',
			message: t(
				language,
				`Kan också hjälpa med ${labels(fit.related)}, som ofta behövs i det här läget.`,
				`Can also help with ${labels(fit.related)}, often needed in this situation.`
			),
			needs: fit.related
		});
	}
	return reasons;
}

function eligibilityReasons(
	service: ServiceFeatures,
	{ query, geography, language }: ReasonContext
): MatchReason[] {
	const reasons: MatchReason[] = [];
	const { person } = query;
	const age = checkAge(service, person.age);
	if (service.minAge !== undefined || service.maxAge !== undefined) {
		const note = age === 'unknown' ? t(language, ' Ingen ålder angavs.', ' No age was given.') : '';
		reasons.push({ criterion: 'age', status: age, message: ageRange(service, language) + note });
	}
	if (service.genders) {
		const gender = checkGender(service, person.gender);
		const who = joinWords(
			service.genders.map((g) => GENDER_NAMES[language][g]),
			language
		);
		const note =
			gender === 'unknown' ? t(language, ' Kön angavs inte.', ' No gender was given.') : '';
		reasons.push({
			criterion: 'gender',
			status: gender,
			message: t(language, `För ${who}.`, `For ${who}.`) + note
		});
	}
	const area = checkArea(service, person.location);
	const { area: serviceArea } = service;
	const noPlace =
		person.location.kind === 'unknown'
			? person.location.reason === 'postal-code-not-found'
				? t(language, ' Postnumret känns inte igen.', ' The postal code was not recognised.')
				: t(language, ' Ingen plats angavs.', ' No place was given.')
			: t(language, ' Bara i vissa kommuner i länet.', ' Only some municipalities in the county.');
	const note = area === 'unknown' ? noPlace : '';
	if (serviceArea.scope === 'national') {
		reasons.push({
			criterion: 'area',
			status: 'met',
			message: t(language, 'Finns för hela Sverige.', 'Available all over Sweden.')
		});
	} else {
		const names =
			serviceArea.scope === 'regional'
				? [...serviceArea.counties].map((code) => geography.county(code)?.name ?? code)
				: shortList(
						[...serviceArea.municipalities].map(
							(code) => geography.municipality(code)?.shortName ?? code
						),
						language
					);
		reasons.push({
			criterion: 'area',
			status: area,
			message:
				t(
					language,
					`Finns i ${joinWords(names, language)}.`,
					`Available in ${joinWords(names, language)}.`
				) + note
		});
	}
	return reasons;
}

function usabilityReasons(
	service: ServiceFeatures,
	{ query, language }: ReasonContext
): MatchReason[] {
	const reasons: MatchReason[] = [];
	const fit = audienceFit(service, query);
	if (service.hasAudience && query.asking === 'parent') {
		reasons.push(
			hasAudience(service, 'parents')
				? {
						criterion: 'audience',
						status: 'met',
						message: t(
							language,
							'Vänder sig till föräldrar och anhöriga.',
							'Serves parents and relatives.'
						)
					}
				: {
						criterion: 'audience',
						status: 'partly',
						message: t(
							language,
							'Vänder sig till barnet självt: du kan berätta om den för barnet.',
							'Serves the child directly: you can tell the child about it.'
						)
					}
		);
	} else if (query.asking === 'professional' && hasAudience(service, 'professionals')) {
		reasons.push({
			criterion: 'audience',
			status: 'met',
			message: t(
				language,
				'Tar emot frågor från yrkesverksamma.',
				'Takes questions from professionals.'
			)
		});
	} else if (fit < WEIGHTS.audience.otherAgeGroup) {
		reasons.push({
			criterion: 'audience',
			status: 'partly',
			message: t(
				language,
				'Vänder sig främst till andra än den som frågar.',
				'Mainly serves others than the person asking.'
			)
		});
	}
	if (service.requiresReferral) {
		reasons.push({
			criterion: 'referral',
			status: query.asking === 'professional' ? 'met' : 'partly',
			message: t(
				language,
				'Man bokar inte själv: man kommer hit efter en anmälan till polisen eller socialtjänsten, eller via remiss.',
				'You cannot book it yourself: children come here after a report to the police or social services, or by referral.'
			)
		});
	}
	if (query.preferredChannels) {
		const wanted = query.preferredChannels;
		const channels = channelsOf(service.channelMask);
		const has = wanted.filter((channel) => channels.includes(channel));
		const names = (channels: readonly ContactChannel[]) =>
			joinWords(
				channels.map((c) => CHANNEL_NAMES[language][c]),
				language
			);
		reasons.push(
			has.length > 0
				? {
						criterion: 'channels',
						status: 'met',
						message: t(language, `Går att nå via ${names(has)}.`, `Reachable by ${names(has)}.`)
					}
				: {
						criterion: 'channels',
						status: 'not-met',
						message: t(
							language,
							`Inte via ${names(wanted)}, men via ${names(channels)}.`,
							`Not by ${names(wanted)}, but by ${names(channels)}.`
						)
					}
		);
	}
	const wantedLanguage = query.language;
	if (wantedLanguage && wantedLanguage !== 'sv') {
		const name = LANGUAGE_NAMES[language][wantedLanguage] ?? wantedLanguage;
		const status: ReasonStatus =
			service.languages === undefined
				? 'unknown'
				: service.languages.includes(wantedLanguage)
					? 'met'
					: 'not-met';
		const message = {
			met: t(language, `Går att använda på ${name}.`, `Can be used in ${name}.`),
			unknown: t(
				language,
				`Okänt om den går att använda på ${name}.`,
				`Unknown whether it can be used in ${name}.`
			),
			'not-met': t(
				language,
				`Anger inte ${name} bland sina språk.`,
				`Does not list ${name} among its languages.`
			),
			partly: ''
		}[status];
		reasons.push({ criterion: 'language', status, message });
	}
	if (query.filters?.openNow || query.isTimeCritical || query.plan.openFirst) {
		const open = isOpenNow(service, query.clock);
		reasons.push(
			open === true
				? { criterion: 'open-now', status: 'met', message: t(language, 'Öppet nu.', 'Open now.') }
				: open === false
					? {
							criterion: 'open-now',
							status: 'not-met',
							message: t(language, 'Stängt just nu.', 'Closed right now.')
						}
					: {
							criterion: 'open-now',
							status: 'unknown',
							message: t(language, 'Öppettiderna är inte kända.', 'Opening hours are not known.')
						}
		);
	}
	if (query.wantsConfidentiality) {
		reasons.push(
			service.isAnonymous === true
				? {
						criterion: 'anonymous',
						status: 'met',
						message: t(language, 'Du kan vara anonym.', 'You can stay anonymous.')
					}
				: service.isAnonymous === false
					? {
							criterion: 'anonymous',
							status: 'not-met',
							message: t(
								language,
								'Här kan du inte vara anonym.',
								'You cannot stay anonymous here.'
							)
						}
					: {
							criterion: 'anonymous',
							status: 'unknown',
							message: t(
								language,
								'Det är inte känt om du kan vara anonym.',
								'It is not known whether you can stay anonymous.'
							)
						}
		);
	}
	if (service.isEmergency && query.signals.has('danger-now')) {
		reasons.push({
			criterion: 'emergency',
			status: 'met',
			message: t(
				language,
				'Är du eller någon annan i fara just nu? Ring 112.',
				'Are you or someone else in danger right now? Call 112.'
			)
		});
	}
	return reasons;
}

/** Why a first-step rule placed the service where it is. */
function stepReasons(step: Step | undefined, { language }: ReasonContext): MatchReason[] {
	if (!step) return [];
	if (step.route === 'emergency') {
		// The emergency number says so in its own reason when there is danger now.
		return step.unlessOpenBefore
			? [{ criterion: 'first-step', status: 'met', message: ON_CALL_CLOSED_REASON[language] }]
			: [];
	}
	const message =
		step.route === 'police' && step.rule === 'report-crime'
			? REPORT_REASON[language]
			: step.route === 'police' && step.rule === 'danger-now'
				? DANGER_POLICE_REASON[language]
				: step.rule === 'nowhere-to-stay'
					? NOWHERE_REASON[language]
					: STEP_REASONS[step.route][language];
	return [{ criterion: 'first-step', status: 'met', message }];
}

/**
 * Every reason a service was offered: which first-step rule placed it, which criteria held,
 * which only partly, which are unknown.
 */
export function explainMatch(
	service: ServiceFeatures,
	context: ReasonContext,
	step?: Step
): MatchReason[] {
	return [
		...stepReasons(step, context),
		...needReasons(service, context),
		...eligibilityReasons(service, context),
		...usabilityReasons(service, context)
	];
}

/** The first four names and how many more: a reason stays one line. */
function shortList(names: readonly string[], language: UiLanguage): string[] {
	if (names.length <= 4) return [...names];
	const more = names.length - 4;
	return [...names.slice(0, 4), t(language, `${more} till`, `${more} more`)];
}
