import { AUDIENCES, SERVICE_ROLES, type Audience, type ServiceRole } from '../catalogue/schema.js';
import { NEED_CODES, type NeedCode } from '../needs/codes.js';
import { hsdsId } from './ids.js';
import type { HsdsTaxonomy, HsdsTaxonomyTerm } from './types.js';

type Bilingual = { sv: string; en: string };

/** A need code's words, from `data/needs.json` (label) and `data/needs-vocabulary.json` (description). */
export interface NeedTermSource {
	code: NeedCode;
	label: Bilingual;
	description: Bilingual;
}

/** What part of the support system a service is (`SERVICE_ROLES`), in words. */
const ROLE_TERMS: Readonly<Record<ServiceRole, { name: Bilingual; description: Bilingual }>> = {
	emergency: {
		name: { sv: 'Larmnummer', en: 'Emergency number' },
		description: { sv: 'När någon är i fara just nu.', en: 'When someone is in danger right now.' }
	},
	police: {
		name: { sv: 'Polisen', en: 'Police' },
		description: { sv: 'Att anmäla ett brott.', en: 'Reporting a crime.' }
	},
	'social-services': {
		name: { sv: 'Socialtjänsten', en: 'Social services' },
		description: {
			sv: 'Kommunens socialtjänst för barn och unga, dit en orosanmälan görs.',
			en: "The municipality's social services for children, which receive reports of concern."
		}
	},
	'social-on-call': {
		name: { sv: 'Socialjour', en: 'Social services out of hours' },
		description: {
			sv: 'Socialtjänsten när kontoren är stängda.',
			en: 'Social services outside office hours.'
		}
	},
	barnahus: {
		name: { sv: 'Barnahus', en: 'Barnahus' },
		description: {
			sv: 'Samverkan kring utredning och stöd till barn, efter en anmälan till socialtjänsten eller polisen.',
			en: 'Joint investigation and support for children, reached after a report to social services or the police.'
		}
	},
	'acute-care': {
		name: { sv: 'Akut vård efter övergrepp', en: 'Acute care after assault' },
		description: {
			sv: 'Akut medicinsk vård efter våldtäkt eller sexuella övergrepp.',
			en: 'Acute medical care after rape or sexual assault.'
		}
	},
	healthcare: {
		name: { sv: 'Hälso- och sjukvård', en: 'Health care' },
		description: {
			sv: 'Allmän hälso- och sjukvård och dess rådgivning.',
			en: 'General health care and its advice line.'
		}
	},
	'child-psychiatry': {
		name: { sv: 'Barn- och ungdomspsykiatri (BUP)', en: 'Child and adolescent psychiatry' },
		description: {
			sv: 'Psykiatrisk vård för barn och unga.',
			en: 'Psychiatric care for children and young people.'
		}
	},
	'youth-clinic': {
		name: { sv: 'Ungdomsmottagning', en: 'Youth clinic' },
		description: {
			sv: 'Ungdomsmottagningar och UMO, för unga om kropp, sex och relationer.',
			en: 'Youth clinics and UMO, for young people about body, sex and relationships.'
		}
	},
	'trauma-treatment': {
		name: { sv: 'Traumabehandling', en: 'Trauma treatment' },
		description: {
			sv: 'Specialiserad behandling efter övergrepp.',
			en: 'Specialised treatment after abuse.'
		}
	},
	'support-line': {
		name: { sv: 'Stödlinje', en: 'Support line' },
		description: {
			sv: 'Telefon, chatt eller mejl att prata med någon.',
			en: 'A phone, chat or mail line to talk to someone.'
		}
	},
	shelter: {
		name: { sv: 'Jour', en: 'Shelter' },
		description: {
			sv: 'Tjej-, kvinno-, ungdoms- och mansjourer.',
			en: "Girls', women's, young people's and men's shelters."
		}
	},
	'crime-victim-support': {
		name: { sv: 'Brottsofferstöd', en: 'Crime victim support' },
		description: {
			sv: 'Brottsofferjourer och stödcentrum för unga brottsoffer.',
			en: 'Crime-victim associations and support centres for young victims.'
		}
	},
	'legal-advice': {
		name: { sv: 'Juridisk rådgivning', en: 'Legal advice' },
		description: {
			sv: 'Juridisk rådgivning, målsägandebiträde och brottsskadeersättning.',
			en: 'Legal advice, counsel for the injured party and compensation.'
		}
	},
	'peer-support': {
		name: { sv: 'Stödgrupp', en: 'Peer support' },
		description: {
			sv: 'Stöd från andra med samma erfarenhet.',
			en: 'Support from people with the same experience.'
		}
	},
	prevention: {
		name: { sv: 'Förebyggande stöd', en: 'Prevention' },
		description: {
			sv: 'För den som är orolig för sina egna sexuella tankar eller handlingar.',
			en: 'For people worried about their own sexual thoughts or behaviour.'
		}
	},
	information: {
		name: { sv: 'Information', en: 'Information' },
		description: {
			sv: 'Webbplatser och guider, utan någon att kontakta om det egna fallet.',
			en: 'Websites and guides, with no one to contact about one’s own case.'
		}
	}
};

/** Who a service is for (`AUDIENCES`), in words. */
const AUDIENCE_TERMS: Readonly<Record<Audience, Bilingual>> = {
	children: { sv: 'Barn', en: 'Children' },
	'young-people': { sv: 'Unga', en: 'Young people' },
	adults: { sv: 'Vuxna', en: 'Adults' },
	parents: { sv: 'Föräldrar', en: 'Parents' },
	professionals: { sv: 'Yrkesverksamma', en: 'Professionals' }
};

export const HSDS_TAXONOMY_KINDS = ['need', 'role', 'audience'] as const;
export type HsdsTaxonomyKind = (typeof HSDS_TAXONOMY_KINDS)[number];

const TAXONOMIES: Readonly<Record<HsdsTaxonomyKind, Omit<HsdsTaxonomy, 'id'>>> = {
	need: {
		name: 'Stödkartan: behov',
		description:
			'De 25 fasta behovskoderna i Stödkartans katalog: vad som har hänt (koder 1–10) och vilken sorts hjälp som behövs (11–25). En terms kod är behovskoden; termen är på svenska, med engelska under stodkartan. / The 25 fixed need codes of the Stödkartan catalogue: a term’s code is the need code; terms are in Swedish, with English under stodkartan.',
		version: '1.0'
	},
	role: {
		name: 'Stödkartan: roll i stödsystemet',
		description:
			'Vilken del av stödsystemet en tjänst är (polisen, socialtjänsten, barnahus …); koden är role: och rollen. / What part of the support system a service is (police, social services, Barnahus …); the code is role: and the role.',
		version: '1.0'
	},
	audience: {
		name: 'Stödkartan: målgrupp',
		description:
			'Vem en tjänst är till för; koden är audience: och målgruppen. / Who a service is for (children, young people, adults, parents, professionals); the code is audience: and the audience.',
		version: '1.0'
	}
};

export function hsdsTaxonomy(kind: HsdsTaxonomyKind): HsdsTaxonomy {
	return { id: hsdsId('taxonomy', kind), ...TAXONOMIES[kind] };
}

/**
 * A term's `code`. HSDS makes `code` unique across all terms (the tabular schema's constraint),
 * and two role codes are also need codes (social-services, trauma-treatment), so role and
 * audience codes carry their taxonomy ("role:police"); a need term's code is the need code.
 */
export function hsdsTermCode(kind: HsdsTaxonomyKind, code: string): string {
	return kind === 'need' ? code : `${kind}:${code}`;
}

export function hsdsTermId(kind: HsdsTaxonomyKind, code: string): string {
	return hsdsId('taxonomy_term', `${kind}/${code}`);
}

function term(
	kind: HsdsTaxonomyKind,
	code: string,
	name: Bilingual,
	description: Bilingual
): HsdsTaxonomyTerm {
	const taxonomy = hsdsTaxonomy(kind);
	return {
		id: hsdsTermId(kind, code),
		code: hsdsTermCode(kind, code),
		name: name.sv,
		description: description.sv,
		taxonomy: taxonomy.name,
		taxonomy_id: taxonomy.id,
		taxonomy_detail: taxonomy,
		language: 'sv',
		stodkartan: { name, description }
	};
}

/**
 * Every term of our three taxonomies, one per code, in Swedish (`language` sv) with the English
 * wording under `stodkartan` (a second term per language would repeat a code, which HSDS
 * forbids): needs in the order of `NEED_CODES`, then roles, then audiences.
 */
export function hsdsTaxonomyTerms(needs: readonly NeedTermSource[]): HsdsTaxonomyTerm[] {
	const byCode = new Map(needs.map((need) => [need.code, need]));
	return [
		...NEED_CODES.map((code) => {
			const need = byCode.get(code);
			if (!need) throw new Error(`The need code ${code} has no words`);
			return term('need', code, need.label, need.description);
		}),
		...SERVICE_ROLES.map((role) =>
			term('role', role, ROLE_TERMS[role].name, ROLE_TERMS[role].description)
		),
		...AUDIENCES.map((audience) =>
			term('audience', audience, AUDIENCE_TERMS[audience], AUDIENCE_TERMS[audience])
		)
	];
}

/** What a term id stands for: its taxonomy and our code; undefined for an id that is not ours. */
export function termCodeOf(termId: string): { kind: HsdsTaxonomyKind; code: string } | undefined {
	return termIndex().get(termId);
}

let termIndexCache: Map<string, { kind: HsdsTaxonomyKind; code: string }> | undefined;
function termIndex() {
	termIndexCache ??= new Map(
		HSDS_TAXONOMY_KINDS.flatMap((kind) => {
			const codes: readonly string[] =
				kind === 'need' ? NEED_CODES : kind === 'role' ? SERVICE_ROLES : AUDIENCES;
			return codes.map((code) => [hsdsTermId(kind, code), { kind, code }] as const);
		})
	);
	return termIndexCache;
}

/** Which of our taxonomies an id names. */
export function taxonomyKindOf(taxonomyId: string): HsdsTaxonomyKind | undefined {
	return HSDS_TAXONOMY_KINDS.find((kind) => hsdsId('taxonomy', kind) === taxonomyId);
}

/** The words of every need code: the contract's labels and the vocabulary's descriptions. */
export function needTermSources(
	labels: ReadonlyMap<NeedCode, Bilingual>,
	vocabulary: { entry(code: NeedCode): { description: { sv: string; en?: string } } }
): NeedTermSource[] {
	return NEED_CODES.map((code) => {
		const label = labels.get(code);
		if (!label) throw new Error(`The need code ${code} has no label`);
		const { description } = vocabulary.entry(code);
		return {
			code,
			label,
			description: { sv: description.sv, en: description.en ?? description.sv }
		};
	});
}
