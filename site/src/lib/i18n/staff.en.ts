import type { StaffMessages } from './staff.sv';

/** The staff pages' texts in English. */
export const staffEn: StaffMessages = {
	title: 'Edit Stödkartan',
	nav: {
		label: 'Editing',
		queue: 'To review',
		services: 'Services',
		verification: 'Checks',
		users: 'Users',
		audit: 'Log',
		account: 'My account',
		logout: 'Log out',
		signedInAs: (email, role) => `Signed in as ${email} (${role})`
	},
	roles: { admin: 'admin', curator: 'curator', editor: 'editor' },
	login: {
		heading: 'Log in',
		intro: 'For the people who keep Stödkartan current. Accounts are created by invitation only.',
		email: 'E-mail',
		password: 'Password',
		totp: 'Code from your authenticator app',
		totpHint: 'Six digits. Leave empty if you have not set up an app.',
		submit: 'Log in',
		failed: 'Wrong e-mail, password or code.',
		throttled: 'Too many attempts. Wait a quarter of an hour and try again.',
		loggedOut: 'You are logged out.',
		expired: 'You have been logged out. Log in again.',
		accepted: 'Your account is ready. Log in.'
	},
	totp: {
		heading: 'Set up two-step verification',
		intro:
			'Curators and admins log in with a code from an app (such as an authenticator app on a phone) as well as the password.',
		step1: 'Add an account in the app and type this key:',
		step1Link: 'Or open this link on the phone:',
		step2: 'Type the code the app shows:',
		code: 'Code (six digits)',
		submit: 'Turn on',
		wrong: 'The code does not match. Check that the phone’s clock is right and try the next code.'
	},
	invitation: {
		heading: 'Choose a password',
		intro: (email, role) => `You are invited as ${role} with the e-mail ${email}.`,
		password: 'New password',
		passwordHint: 'At least 12 characters. A few words in a row make a good password.',
		again: 'The same password again',
		mismatch: 'The passwords differ.',
		submit: 'Create the account',
		invalid: 'This link no longer works. Ask for a new invitation.'
	},
	queue: {
		heading: 'To review',
		intro:
			'Changes waiting for a second person. Phone numbers, web addresses and e-mail are marked: compare them with the source.',
		empty: 'Nothing is waiting for review.',
		suggestion: 'Suggestion from a visitor',
		change: 'Proposed change',
		by: (who) => `by ${who}`,
		importBy: (name: string, operator?: string) =>
			`the import ${name}${operator ? ` (run by ${operator})` : ''}`,
		open: 'Review',
		notYours: 'You cannot review this',
		mine: 'My proposals'
	},
	diff: {
		field: 'Field',
		before: 'Before',
		after: 'After',
		empty: '(empty)',
		phone: 'Phone number',
		web: 'Web address',
		email: 'E-mail',
		none: 'No difference from the service as it is now.'
	},
	proposal: {
		heading: (name) => `Proposal for ${name}`,
		status: { pending: 'Pending', approved: 'Approved', rejected: 'Rejected' },
		note: 'Comment from the proposer',
		provenance: {
			heading: 'Where the import comes from',
			file: 'File',
			record: 'The record’s HSDS id',
			assured: 'Record checked',
			imported: 'Read in'
		},
		sources: 'Sources',
		suggestionText: 'The visitor wrote',
		problems: 'The proposal can no longer be applied:',
		approve: 'Approve and publish',
		comment: 'Comment (optional)',
		reject: 'Reject',
		close: 'Mark as handled',
		reason: 'Reason',
		approved: 'Approved and published.',
		rejected: 'Rejected.',
		denials: {
			role: 'Your role may not review this.',
			own_proposal: 'You made this proposal: someone else must review it.',
			'own-proposal': 'You made this proposal: someone else must review it.',
			county: 'The service lies outside your counties.',
			'national-contact-needs-admin':
				'Changed contact details of a nationwide line must be approved by an admin.'
		}
	},
	services: {
		heading: 'Services',
		intro: 'Services you can propose changes to.',
		filter: 'Filter by name',
		lastVerified: 'Checked',
		states: { current: 'Current', due: 'Due for a check', lapsed: 'Over 18 months' },
		none: 'No services.'
	},
	service: {
		stillCorrect: 'Still correct',
		stillCorrectHint:
			'Confirm that everything below is right. It sets today as the date last checked.',
		verified: 'Thank you! The details are marked as checked today.',
		propose: 'Propose changes',
		proposeIntro:
			'Change what is not right. Only changed fields are sent. A curator approves the change before it shows.',
		proposed: 'The proposal is sent and waits for review.',
		nothing: 'You have not changed anything.',
		versions: 'Earlier versions',
		version: (number, at, who) => `Version ${number}, ${at}, ${who}`,
		revert: 'Restore this version',
		revertReason: 'Why',
		reverted: 'The service is restored.'
	},
	form: {
		nameSv: 'Name (Swedish)',
		nameEn: 'Name (English)',
		descriptionSv: 'Description (Swedish)',
		descriptionEn: 'Description (English)',
		status: 'Status',
		statuses: { active: 'Active', paused: 'Paused', inactive: 'Closed' },
		contacts: 'Ways to get in touch',
		contact: (n) => `Contact ${n}`,
		channel: 'Channel',
		value: 'Number or address',
		contactNote: 'Note',
		remove: 'Remove',
		addContactHint: 'Fill in the empty row to add a way to get in touch.',
		website: 'Website',
		minAge: 'Lowest age',
		maxAge: 'Highest age',
		eligibilityNote: 'Who the service is for (note)',
		needs: 'Needs',
		audience: 'Audiences',
		audiences: {
			children: 'Children',
			'young-people': 'Young people',
			adults: 'Adults',
			parents: 'Parents',
			professionals: 'Professionals'
		},
		area: 'Area',
		scopes: { national: 'The whole country', regional: 'Counties', local: 'Municipalities' },
		areaCodes: 'Codes (counties or municipalities, separated by commas)',
		languages: 'Languages (ISO codes, separated by commas)',
		yesNo: { '': 'Unknown', true: 'Yes', false: 'No' },
		anonymous: 'Can be anonymous',
		free: 'Free of charge',
		requiresReferral: 'Needs a referral',
		caveats: 'Warning or caveat (Swedish)',
		advanced: 'Other fields (JSON, for those who know what they are doing)',
		advancedHint:
			'Locations, opening hours and what happens after contact, as JSON in the catalogue format. Leave it as it is unless you change something there.',
		sources: 'Source',
		sourcesHint:
			'Changed facts (ways to get in touch, area, age …) need a source: the address where you read it and the date.',
		sourceUrl: 'Source address',
		sourceDate: 'Read on',
		note: 'Comment for the reviewer',
		submit: 'Send the proposal',
		invalidJson: 'The field is not valid JSON.',
		invalidNumber: 'Write a whole number.'
	},
	verification: {
		heading: 'Checking the details',
		intro: 'Services not checked in 12 months. After 18 months their deactivation is proposed.',
		empty: 'Every service has been checked in the last year.',
		due: 'Due for a check',
		lapsed: 'Not checked in 18 months',
		deactivate: 'Propose deactivation',
		deactivateNote: 'Not checked in 18 months; nobody answered the reminders.',
		proposed: 'The deactivation is proposed and waits for review.'
	},
	users: {
		heading: 'Users and invitations',
		invite: 'Invite',
		email: 'E-mail',
		role: 'Role',
		organization: 'Organization (for editors)',
		counties: 'Counties (for curators; empty for the whole country), codes separated by commas',
		submit: 'Send the invitation',
		sent: 'The invitation was sent by e-mail.',
		link: 'No e-mail is set up. Give the person this link (shown only now, valid for 72 hours):',
		users: 'Accounts',
		invitations: 'Invitations',
		totp: 'Two-step',
		active: 'Active',
		inactive: 'Closed',
		deactivate: 'Close',
		activate: 'Activate',
		resetTotp: 'Reset two-step',
		revoke: 'Withdraw',
		expires: 'Valid until',
		accepted: 'Used',
		revoked: 'Withdrawn',
		saved: 'Saved.'
	},
	audit: {
		heading: 'Log',
		intro:
			'Everything done in editing, with who, when and before/after. The log cannot be changed.',
		csv: 'Download as CSV',
		json: 'Download as JSON',
		at: 'When',
		who: 'Who',
		action: 'Event',
		target: 'About',
		older: 'Older entries'
	},
	account: {
		heading: 'My account',
		password: 'Change password',
		current: 'Current password',
		next: 'New password',
		submit: 'Change password',
		changed: 'The password is changed. Your other sessions have ended.',
		everywhere: 'Log out everywhere',
		everywhereHint: 'Ends all your sessions, on every device.'
	},
	timeout: {
		heading: 'You will soon be logged out',
		idle: 'You have not done anything for a while. In two minutes you will be logged out, and what you wrote but did not send will be lost.',
		stay: 'Stay logged in',
		absolute: (time) =>
			`Your session ends at ${time}. Send what you wrote before then and log in again.`
	},
	errors: {
		generic: 'That did not work. Try again.',
		forbidden: 'You may not do this.',
		invalid: 'Check the fields below.'
	}
};
