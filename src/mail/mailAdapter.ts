import { randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

export type MailEnv = {
  /** smtp://user:pass@host:port or smtps://…: send for real. Unset: write .eml files to the outbox. */
  SMTP_URL?: string
  /** The sender of every message, e.g. "Ministry <no-reply@ministry.example>". */
  MAIL_FROM?: string
}

export type MailSettings = { smtpUrl: string | null; outboxDir: string; fromAddress: string; fromName: string }

const DEFAULT_FROM = { address: 'no-reply@chancery.invalid', name: 'Chancery' }

/** Where mail goes: SMTP when configured, else one .eml file per message under DATA_DIR/outbox. */
export function mailSettings(env: MailEnv, dataDir: string): MailSettings {
  const smtpUrl = env.SMTP_URL?.trim() || null
  if (smtpUrl && !/^smtps?:\/\//i.test(smtpUrl)) {
    throw new Error(`SMTP_URL must start with smtp:// or smtps:// (e.g. smtp://user:password@mail.example:587), got "${smtpUrl.split(':')[0]}:…"`)
  }
  const from = parseFrom(env.MAIL_FROM)
  return { smtpUrl, outboxDir: path.join(dataDir, 'outbox'), fromAddress: from.address, fromName: from.name }
}

function parseFrom(value: string | undefined): { address: string; name: string } {
  const trimmed = value?.trim()
  if (!trimmed) return DEFAULT_FROM
  const named = /^(.*)<([^<>\s]+@[^<>\s]+)>$/.exec(trimmed)
  if (named) return { name: named[1]!.trim().replace(/^"|"$/g, ''), address: named[2]! }
  if (/^[^\s@]+@[^\s@]+$/.test(trimmed)) return { name: DEFAULT_FROM.name, address: trimmed }
  throw new Error(`MAIL_FROM must be an address or "Name <address>", got "${trimmed}"`)
}

export type SentMail = { messageId: string; file?: string }

/**
 * Payload's e-mail adapter over nodemailer: one mail path for every message the system sends.
 * Unconfigured, nodemailer renders the complete message (MIME, attachments) and it is written
 * as an .eml file, so development needs no mail server and a person can open what was sent.
 */
export function mailAdapter(settings: MailSettings): EmailAdapter<SentMail> {
  return () => {
    const transport = settings.smtpUrl
      ? nodemailer.createTransport(settings.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' })
    return {
      name: settings.smtpUrl ? 'smtp' : 'outbox',
      defaultFromAddress: settings.fromAddress,
      defaultFromName: settings.fromName,
      sendEmail: async (message: SendEmailOptions) => {
        const from = message.from ?? { address: settings.fromAddress, name: settings.fromName }
        const info = await transport.sendMail({ ...message, from })
        if (settings.smtpUrl) return { messageId: info.messageId }
        return { messageId: info.messageId, file: await writeToOutbox(settings.outboxDir, (info as unknown as { message: Buffer }).message) }
      },
    }
  }
}

/** Written under a temporary name and renamed, so a reader of the outbox never sees half a message. */
async function writeToOutbox(outboxDir: string, message: Buffer): Promise<string> {
  const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`
  const file = path.join(outboxDir, name)
  const temporary = path.join(outboxDir, `.${name}.tmp`)
  // The folder is made when a write finds it missing, not before every message: under a burst
  // of contact forms the extra system call was a measurable part of each post.
  try {
    await fs.writeFile(temporary, message, { mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    await fs.mkdir(outboxDir, { recursive: true })
    await fs.writeFile(temporary, message, { mode: 0o600 })
  }
  await fs.rename(temporary, file)
  return file
}
