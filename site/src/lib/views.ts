/** What the pages show of a service: plain data, decided on the server, safe to send to the browser. */

export type OpenStatus = 'always' | 'open' | 'closed' | 'unknown';

export interface ContactView {
	channel: 'phone' | 'sms' | 'chat' | 'email' | 'webform' | 'video' | 'in-person' | 'app';
	action: string;
	text: string;
	/** Set on pages in another language for a place's name (or words) given only in Swedish. */
	textLang?: 'sv';
	href?: string;
	note?: string;
	/** Set when the note has no text in the page's language: it is shown in Swedish. */
	noteLang?: 'sv';
	/** What the sources leave open about it; for an adult who refers only. */
	caveat?: string;
	status: OpenStatus;
	statusText: string;
}

export interface ReasonView {
	criterion: string;
	status: 'met' | 'partly' | 'unknown' | 'not-met';
	statusText: string;
	message: string;
}

export interface MapPoint {
	lat: number;
	lon: number;
	approximate: boolean;
}

export interface ServiceView {
	id: string;
	name: string;
	organization: string;
	description: string;
	isPathway: boolean;
	contacts: ContactView[];
	status: OpenStatus;
	statusText: string;
	badges: string[];
	/** What happens on contact, as the sources say; questions a young person asks, answered. */
	afterContact: AfterContactView;
	ageText?: string;
	areaText: string;
	eligibilityNote?: string;
	lastVerified: string;
	/** The date of the newest source read, in words ("20 augusti 2025"). */
	lastVerifiedText: string;
	confidence: 'high' | 'medium' | 'low';
	unverified: boolean;
	caveats?: string;
	website?: string;
	sources: string[];
	/** The languages it can be used in, by name. */
	languages?: string[];
	isEmergency: boolean;
	reasons: ReasonView[];
	map: { points: MapPoint[]; counties: string[]; municipalities: string[]; nationwide: boolean };
	/** Texts with none in the page's language, shown in Swedish (and marked lang="sv"). */
	svOnly: ('name' | 'description' | 'eligibilityNote' | 'caveats' | 'afterContact')[];
}

/** Who the page speaks to: the young person, or an adult helping (a parent, a professional). */
export type Voice = 'young' | 'adult';

export interface AfterContactView {
	/** Whether the sources say anything about it at all. */
	known: boolean;
	whatHappens?: string;
	/** "Får mina föräldrar veta?" – "Nej, inte utan att du säger ja." (the question in the young voice). */
	answers: { question?: string; answer: string }[];
	note?: string;
}

/** One thing the search understood, shown so it can be taken away or changed. */
export interface ChipView {
	kind: 'need' | 'signal' | 'age' | 'gender' | 'place' | 'asker';
	label: string;
	/** The correction its remove button sends ("need:rape"); none when it cannot be removed here. */
	remove?: string;
	/** The id of the form field it can be changed in. */
	change?: string;
}

export interface UnderstandingView {
	chips: ChipView[];
	/** Readings already taken away, each with the correction that brings it back. */
	removed: { label: string; undo: string }[];
	/** Said when the text gave nothing to go on, or a place was not recognised. */
	notes: string[];
	/** Why the answer is in this order (the matcher's first-step rules), in plain words. */
	order: string[];
}

export interface SourceView {
	url: string;
	title: string;
	publisher: string;
	/** The page's own date, or when it was read. */
	dateText: string;
}

export interface SituationCardView {
	id: string;
	title: string;
	facts: { text: string; link?: { url: string; label: string }; sources: number[] }[];
	/** The card's sources, numbered from 1 in the order the facts cite them. */
	sources: SourceView[];
}

export interface LocalStepView {
	municipality: string;
	/** The municipality's own social services; false: the national route, with `note`. */
	local: boolean;
	intake: ServiceView[];
	intakeNote?: string;
	onCall: ServiceView[];
	onCallNote?: string;
	barnahus:
		| { status: 'served'; services: { id: string; name: string }[] }
		| { status: 'none' | 'unknown'; text: string };
}

export interface ReportStepView {
	card: SituationCardView;
	/** Undefined when no municipality was given: the step asks for it. */
	local?: LocalStepView;
}

/** The answer to a search, as a page shows it. */
export interface AnswerView {
	voice: Voice;
	services: ServiceView[];
	isDanger: boolean;
	understanding: UnderstandingView;
	cards: SituationCardView[];
	report?: ReportStepView;
	/** For a young person whose text shows abuse at home: their municipality's social services. */
	local?: LocalStepView;
	/** Where the person lives, as understood: the map opens there. */
	place?: { municipality?: string; county?: string };
}
