/** What the pages show of a service: plain data, decided on the server, safe to send to the browser. */

export type OpenStatus = 'always' | 'open' | 'closed' | 'unknown';

export interface ContactView {
	channel: 'phone' | 'sms' | 'chat' | 'email' | 'webform' | 'video' | 'in-person' | 'app';
	action: string;
	text: string;
	href?: string;
	note?: string;
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
	afterContact: string[];
	ageText?: string;
	areaText: string;
	eligibilityNote?: string;
	lastVerified: string;
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
}
