import path from 'node:path';
import { loadConfig, loadGeography, smtpMailer, staleServices, type Mailer } from '@stodkartan/api';
import { run } from './run.js';
import { openStore } from './store.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** 2-1-1 services remind after three weeks; so do we. */
const REMIND_AGAIN_AFTER_DAYS = 21;
/** Used, withdrawn or expired invitations are kept this long, then removed. */
const KEEP_OLD_INVITATIONS_DAYS = 30;

/**
 * `npm run reminders` (cron-able, e.g. weekly): every service not verified in 12 months gets a
 * reminder to its organisation's editors, with a link, when SMTP is configured (again after 21
 * days without an answer); the rest (no editor, or no SMTP) is listed for the curators. Services
 * not verified in 18 months are marked for the dashboard's deactivation proposal. Also clears
 * ended sessions and old invitations.
 */
async function main(): Promise<number> {
	const config = loadConfig(process.env, ROOT);
	const store = await openStore(config);
	const now = new Date();
	const mailer: Mailer | undefined = config.smtp ? smtpMailer(config.smtp) : undefined;
	try {
		const geography = await loadGeography(config.dataPath);
		const stale = await staleServices(
			{ repository: store, geography, now: () => now, published: async () => {} },
			undefined
		);
		const editors = (await store.curation.listUsers()).filter(
			(user) => user.active && user.role === 'editor'
		);
		const sent: string[] = [];
		const waiting: string[] = [];
		const rest: string[] = [];
		const again = new Date(now.getTime() - REMIND_AGAIN_AFTER_DAYS * 86_400_000).toISOString();
		for (const item of stale) {
			const line = `  ${item.serviceId} (${item.name}), last verified ${item.lastVerified}${item.state === 'lapsed' ? ', over 18 months: propose deactivation' : ''}`;
			const recipients = editors.filter((user) => user.organizationId === item.organizationId);
			if (!mailer || !config.origin || recipients.length === 0) {
				rest.push(`${line}${recipients.length === 0 ? ': no editor' : ''}`);
				continue;
			}
			const last = await store.curation.remindedAt(item.serviceId);
			if (last && last > again) {
				waiting.push(line);
				continue;
			}
			const link = `${config.origin}/redigera/tjanster/${item.serviceId}`;
			for (const user of recipients) {
				await mailer.send({
					to: user.email,
					subject: `Stämmer uppgifterna om ${item.name}? / Are the details still correct?`,
					text: [
						`Uppgifterna om ${item.name} i Stödkartan kontrollerades senast ${item.lastVerified}.`,
						'Barn och unga ringer och skriver till det som står där. Kontrollera dem, ändra det som inte stämmer, eller tryck "Stämmer fortfarande":',
						link,
						'',
						`The details of ${item.name} in Stödkartan were last checked on ${item.lastVerified}. Please check them:`,
						link
					].join('\n')
				});
			}
			await store.curation.setRemindedAt([item.serviceId], now.toISOString());
			sent.push(`${line}: ${recipients.length} editor(s)`);
		}
		if (sent.length > 0) {
			await store.curation.appendAudit([
				{
					at: now.toISOString(),
					actor: { kind: 'system' },
					action: 'reminders.sent',
					details: { services: sent.length }
				}
			]);
		}
		const idle = new Date(now.getTime() - config.sessionIdleMinutes * 60_000).toISOString();
		const sessions = await store.curation.deleteExpiredSessions(now.toISOString(), idle);
		const invitations = await store.curation.deleteOldInvitations(
			new Date(now.getTime() - KEEP_OLD_INVITATIONS_DAYS * 86_400_000).toISOString()
		);
		console.log(`${stale.length} service(s) not verified in 12 months.`);
		if (sent.length > 0) console.log(`Reminded by e-mail:\n${sent.join('\n')}`);
		if (waiting.length > 0) {
			console.log(`Reminded less than ${REMIND_AGAIN_AFTER_DAYS} days ago:\n${waiting.join('\n')}`);
		}
		if (rest.length > 0) {
			console.log(
				`${mailer ? 'For the curators' : 'SMTP is not configured (SMTP_URL, SMTP_FROM, ORIGIN); for the curators'}:\n${rest.join('\n')}`
			);
		}
		console.log(`Cleared ${sessions} ended session(s) and ${invitations} old invitation(s).`);
		return 0;
	} finally {
		await store.close();
	}
}

run(main);
