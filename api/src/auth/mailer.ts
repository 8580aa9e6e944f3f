import nodemailer from 'nodemailer';

export interface Mail {
	to: string;
	subject: string;
	text: string;
}

/** Sends e-mail; absent when no SMTP server is configured. */
export interface Mailer {
	send(mail: Mail): Promise<void>;
}

/** A mailer over SMTP (nodemailer), from `SMTP_URL` and `SMTP_FROM`. */
export function smtpMailer(smtp: { url: string; from: string }): Mailer {
	const transport = nodemailer.createTransport(smtp.url);
	return {
		async send(mail) {
			await transport.sendMail({ from: smtp.from, ...mail });
		}
	};
}
