import type { NeedCode, NeedsResponse, RegionsResponse } from '@stodkartan/core';
import type { Lang } from '$lib/i18n';
import * as api from './api';

/** One checkbox of a search form. */
export interface Choice {
	value: string;
	label: string;
}

export interface SearchChoices {
	concerns: Choice[];
	help: Choice[];
	counties: RegionsResponse['counties'];
	/** Every municipality's short name, for the place field's suggestions. */
	placeNames: string[];
}

/**
 * What the search forms offer: the need codes (in the wording a form asks for: a label for the
 * worker, a first-person question for the young person) and the places. A form still works, with
 * fewer choices, if the API cannot say.
 */
export async function loadSearchChoices(
	lang: Lang,
	wording: 'label' | 'question',
	helpCodes?: readonly NeedCode[]
): Promise<SearchChoices> {
	const [needs, counties] = await Promise.all([
		api.listNeeds().catch((): NeedsResponse['needs'] => []),
		api.listCounties().catch((): RegionsResponse['counties'] => [])
	]);
	const choice = (need: NeedsResponse['needs'][number]): Choice => ({
		value: need.code,
		label: need[wording][lang]
	});
	const help = helpCodes
		? helpCodes.flatMap((code) => needs.filter((need) => need.code === code))
		: needs.filter((need) => need.group === 'help');
	return {
		concerns: needs.filter((need) => need.group === 'concern').map(choice),
		help: help.map(choice),
		counties,
		placeNames: placeNamesOf(counties)
	};
}

/** Every municipality's short name, sorted the Swedish way, for the place field's suggestions. */
export function placeNamesOf(counties: RegionsResponse['counties']): string[] {
	return counties
		.flatMap((county) => county.municipalities.map((municipality) => municipality.shortName))
		.sort((a, b) => a.localeCompare(b, 'sv'));
}
