import nodemailer, { type SendMailOptions } from 'nodemailer'
import type SMTPTransport from 'nodemailer/lib/smtp-transport'
import type { EmailAdapter, SendEmailOptions } from 'payload'
import { type CmsSettings, cmsSettings } from './config/settings.ts'

/**
 * Outgoing mail (password reset). With SMTP_HOST set, mail goes out over
 * SMTP (nodemailer). Without it, the mail is written to the log: handy in
 * development, and in production a loud warning, because then nobody
 * receives a reset link.
 *
 * Why not @payloadcms/email-nodemailer: its newest release (3.90.1) pins
 * payload 3.90.1 as a peer and we run 3.90.2, so npm refuses it; it is a
 * thin layer over the same nodemailer call as below.
 */

const DEFAULT_FROM_NAME = 'Toolkit destigmatisering'
const DEFAULT_FROM_ADDRESS = 'noreply@localhost'

/** SMTP settings (config/settings.ts: TLS on 465, STARTTLS required in production), or null when SMTP_HOST is not set. */
export function smtpOptions(settings: CmsSettings = cmsSettings()): SMTPTransport.Options | null {
  const { host, port, user, pass, secure, requireTls } = settings.mail
  if (!host) return null
  return { host, port, secure, requireTLS: requireTls, auth: user ? { user, pass: pass ?? '' } : undefined }
}

/** EMAIL_FROM as `adres@example.org` or `Naam <adres@example.org>`. */
export function sender(settings: CmsSettings = cmsSettings()): { name: string; address: string } {
  const given = settings.mail.from
  if (!given) return { name: DEFAULT_FROM_NAME, address: DEFAULT_FROM_ADDRESS }
  const named = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(given)
  if (named) return { name: named[1]?.trim() || DEFAULT_FROM_NAME, address: named[2]!.trim() }
  return { name: DEFAULT_FROM_NAME, address: given }
}

/** Only for the log line: `to` may be a string, an address object or a list of them. */
const recipients = (to: SendEmailOptions['to']): string =>
  [to].flat(2).map((entry) => (entry && typeof entry === 'object' && 'address' in entry ? entry.address : String(entry))).join(', ')

const asText = (html: unknown): string =>
  String(html ?? '').replace(/<br\s*\/?>/g, '\n').replace(/<a [^>]*href="([^"]+)"[^>]*>[^<]*<\/a>/g, '$1').replace(/<[^>]+>/g, '').replace(/\n\s*\n+/g, '\n').trim()

function smtpAdapter(options: SMTPTransport.Options, from: { name: string; address: string }): EmailAdapter {
  return ({ payload }) => {
    const transport = nodemailer.createTransport(options)
    // Say at start when the server cannot be reached, not only at the first reset request.
    transport.verify().catch((error: Error) => {
      payload.logger.warn(`SMTP-server ${options.host}:${options.port} is niet bereikbaar (${error.message}); e-mail kan mislukken.`)
    })
    return {
      name: 'smtp',
      defaultFromName: from.name,
      defaultFromAddress: from.address,
      sendEmail: async (message) => transport.sendMail({ ...message, from: message.from ?? from } as SendMailOptions),
    }
  }
}

function logAdapter(from: { name: string; address: string }, production: boolean): EmailAdapter {
  return ({ payload }) => {
    if (production) {
      payload.logger.warn('SMTP_HOST ontbreekt: het CMS verstuurt geen e-mail, dus wachtwoordherstel per e-mail werkt niet. Zet SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS en EMAIL_FROM.')
    }
    return {
      name: 'log',
      defaultFromName: from.name,
      defaultFromAddress: from.address,
      sendEmail: async (message) => {
        if (production) {
          // Never the body: it holds a reset token, and logs travel further than mail.
          payload.logger.warn(`E-mail aan ${recipients(message.to)} NIET verstuurd (geen SMTP ingesteld): ${message.subject}`)
        } else {
          payload.logger.info(`E-mail (niet verstuurd; geen SMTP_HOST) aan ${recipients(message.to)}: ${message.subject}\n${asText(message.html ?? message.text)}`)
        }
        return { logged: true }
      },
    }
  }
}

/** The email adapter the environment asks for. */
export function emailAdapter(settings: CmsSettings = cmsSettings()): EmailAdapter {
  const from = sender(settings)
  const smtp = smtpOptions(settings)
  return smtp ? smtpAdapter(smtp, from) : logAdapter(from, settings.production)
}
