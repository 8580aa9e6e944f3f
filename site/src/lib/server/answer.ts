import {
	audienceOf,
	selectSituationCards,
	type LocalRoutesResponse,
	type MatchResponse,
	type NeedsResponse,
	type SituationCard,
	type SituationCardsResponse
} from '@stodkartan/core';
import type {
	AnswerView,
	ChipView,
	LocalStepView,
	SituationCardView,
	UnderstandingView,
	Voice
} from '$lib/views';
import { dateText, pick, presentService, type PresentContext } from './present';
import type { ParsedSearch, SearchValues } from './search';

/**
 * The answer to a search as a page shows it: in the voice of whoever asks (a young person, or an
 * adult helping one), with what was understood laid out to correct, the situation cards the
 * reading calls for, the adult's report of concern for the child's municipality, and the list.
 * Pure: the API's answers come in as arguments.
 */

type Interpretation = MatchResponse['interpretation'];

/** How sure a reading must be to be shown as understood (as the matcher's rules). */
const SURE = 0.5;

/** The page speaks to an adult when a parent or a professional asks, as said or written. */
export function voiceOf(interpretation: Interpretation): Voice {
	return audienceOf(interpretation.asker.seeker);
}

/** The situation cards for this answer, chosen by what was read, never by the words. */
export function chooseCards(
	interpretation: Interpretation,
	cards: readonly SituationCard[]
): SituationCard[] {
	return selectSituationCards(cards, {
		needs: interpretation.needs.filter((need) => need.source !== 'signal'),
		signals: interpretation.signals,
		asker: interpretation.asker.seeker
	});
}

/** The municipality whose local routes the answer needs, if a chosen card shows them. */
export function localRoutesWanted(
	interpretation: Interpretation,
	chosen: readonly SituationCard[]
): string | undefined {
	const wants = chosen.some(
		(card) => card.kind === 'report-of-concern' || card.localSocialServices
	);
	return wants && interpretation.location.status === 'municipality'
		? interpretation.location.municipality.code
		: undefined;
}

export interface AnswerContext extends Omit<PresentContext, 'voice'> {
	needs: NeedsResponse['needs'];
	sources: SituationCardsResponse['sources'];
}

export interface AnswerInput {
	values: SearchValues;
	placeNote: ParsedSearch['placeNote'];
	chosen: readonly SituationCard[];
	localRoutes: LocalRoutesResponse | null;
	/** The ids of the fields the page's form has, for the chips' "change" links. */
	formFields: readonly string[];
}

function needLabel(context: AnswerContext, code: string, voice: Voice): string {
	const need = context.needs.find((entry) => entry.code === code);
	if (!need) return code;
	return (voice === 'young' ? need.youthLabel : need.label)[context.lang];
}

function understandingOf(
	interpretation: Interpretation,
	context: AnswerContext,
	input: AnswerInput,
	voice: Voice
): UnderstandingView {
	const { t } = context;
	const u = t.understood;
	const has = (field: string) => input.formFields.includes(field);
	const chips: ChipView[] = [];

	const { asker, person, location } = interpretation;
	if (asker.seeker !== null && (asker.source === 'text' || asker.seeker !== 'self')) {
		chips.push({
			kind: 'asker',
			label: u.askers[asker.seeker],
			...(asker.source === 'text' ? { remove: 'asker' } : {}),
			...(asker.source === 'request' && has('seeker') ? { change: 'seeker' } : {})
		});
	}
	for (const need of interpretation.needs) {
		if (need.source === 'signal' || need.weight < SURE) continue;
		chips.push({
			kind: 'need',
			label: needLabel(context, need.code, voice),
			remove: `need:${need.code}`
		});
	}
	for (const signal of interpretation.signals) {
		chips.push({ kind: 'signal', label: u.signals[signal], remove: `signal:${signal}` });
	}
	if (person.age) {
		chips.push({
			kind: 'age',
			label: u.age(person.age.value),
			remove: 'age',
			...(has('age') ? { change: 'age' } : {})
		});
	}
	if (person.gender) {
		chips.push({
			kind: 'gender',
			label: u.genders[person.gender.value],
			remove: 'gender',
			...(has('gender') ? { change: 'gender' } : {})
		});
	}
	if (location.status === 'municipality' || location.status === 'county') {
		const name =
			location.status === 'municipality'
				? location.municipality.name
				: countyName(location.county, context);
		const byCounty = location.status === 'county' && !input.values.place;
		chips.push({
			kind: 'place',
			label: u.place(name),
			remove: 'place',
			...(byCounty && has('county')
				? { change: 'county' }
				: has('place')
					? { change: 'place' }
					: {})
		});
	}

	const removed = input.values.ignore.map((entry) => {
		const [kind, value = ''] = entry.split(':');
		const label =
			kind === 'need'
				? needLabel(context, value, voice)
				: kind === 'signal'
					? (u.signals[value as keyof typeof u.signals] ?? value)
					: (u.stated[value as keyof typeof u.stated] ?? value);
		return { label, undo: `undo:${entry}` };
	});

	const notes: string[] = [];
	if (asker.source === 'text' && asker.seeker !== 'self') {
		notes.push(t.results.askerFromText[asker.seeker]);
	}
	if (location.status === 'postal-code-not-found') notes.push(t.results.postalNotFound);
	else if (input.placeNote === 'place-not-found') notes.push(t.results.placeNotFound);
	const readFromText = interpretation.needs.some((need) => need.source === 'text');
	if (input.values.text && !readFromText && interpretation.signals.length === 0) {
		notes.push(t.results.understoodNone);
	}
	return {
		chips,
		removed,
		notes,
		order: interpretation.situation.map((entry) => entry.message)
	};
}

/** A county as the page's language names it: "Västernorrland County" in English. */
export function countyName(county: { code: string; name: string }, context: AnswerContext): string {
	if (context.lang === 'sv') return county.name;
	const known = context.counties.find((candidate) => candidate.code === county.code);
	return known ? context.t.places.county(known.shortName) : county.name;
}

function cardView(card: SituationCard, context: AnswerContext): SituationCardView {
	const { lang, t } = context;
	const order: string[] = [];
	for (const fact of card.facts) {
		for (const id of fact.sources) if (!order.includes(id)) order.push(id);
	}
	return {
		id: card.id,
		title: card.title[lang],
		facts: card.facts.map((fact) => ({
			text: fact.text[lang],
			...(fact.link ? { link: { url: fact.link.url, label: fact.link.label[lang] } } : {}),
			sources: fact.sources.map((id) => order.indexOf(id) + 1)
		})),
		sources: order.flatMap((id) => {
			const source = context.sources.find((candidate) => candidate.id === id);
			return source
				? [
						{
							url: source.url,
							title: source.title,
							publisher: source.publisher,
							dateText: source.published
								? dateText(source.published, lang)
								: t.cards.read(dateText(source.read, lang))
						}
					]
				: [];
		})
	};
}

function localStepOf(
	routes: LocalRoutesResponse,
	context: AnswerContext,
	voice: Voice
): LocalStepView {
	const { lang, t } = context;
	const present = (service: Parameters<typeof presentService>[0]) =>
		presentService(service, { ...context, voice });
	const name = routes.municipality.name;
	const intakeNote = pick(routes.socialServices.note, lang);
	const onCallNote = pick(routes.onCall.note, lang);
	const gap = routes.barnahus.gap ? pick(routes.barnahus.gap.description, lang) : undefined;
	return {
		municipality: name,
		local: routes.socialServices.local,
		intake: routes.socialServices.services.map(present),
		...(intakeNote ? { intakeNote } : {}),
		onCall: routes.onCall.services.map(present),
		...(onCallNote ? { onCallNote } : {}),
		barnahus:
			routes.barnahus.status === 'served'
				? {
						status: 'served',
						services: routes.barnahus.services.map((service) => ({
							id: service.id,
							name: pick(service.name, lang) ?? service.id
						}))
					}
				: {
						status: routes.barnahus.status,
						text: [t.report.noBarnahus(name), gap].filter(Boolean).join(' ')
					}
	};
}

export function presentAnswer(
	answer: MatchResponse,
	context: AnswerContext,
	input: AnswerInput
): AnswerView {
	const { interpretation } = answer;
	const voice = voiceOf(interpretation);
	const reportCard = input.chosen.find((card) => card.kind === 'report-of-concern');
	const local = input.localRoutes ? localStepOf(input.localRoutes, context, voice) : undefined;
	const youngLocal = voice === 'young' && input.chosen.some((card) => card.localSocialServices);
	const { location } = interpretation;
	return {
		voice,
		services: answer.results.map((result) =>
			presentService(result.service, { ...context, voice }, result.reasons)
		),
		isDanger: interpretation.signals.includes('danger-now'),
		understanding: understandingOf(interpretation, context, input, voice),
		cards: input.chosen
			.filter((card) => card.kind === 'self-help')
			.map((card) => cardView(card, context)),
		...(reportCard
			? { report: { card: cardView(reportCard, context), ...(local ? { local } : {}) } }
			: {}),
		...(youngLocal && local ? { local } : {}),
		...(location.status === 'municipality'
			? { place: { municipality: location.municipality.code, county: location.county.code } }
			: location.status === 'county'
				? { place: { county: location.county.code } }
				: {})
	};
}
