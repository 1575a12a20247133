import fs from 'node:fs'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { startSmtpSink } from '../../test/support/smtpSink'
import { tempDirs } from '../../test/support/tempDirs'
import { mailAdapter, mailSettings } from './mailAdapter'

const tempDir = tempDirs('chancery-mail-')
const adapterFor = (settings: ReturnType<typeof mailSettings>) => mailAdapter(settings)({ payload: {} as Payload })

describe('mailSettings', () => {
  it('writes to DATA_DIR/outbox unless SMTP_URL is set', () => {
    expect(mailSettings({}, '/data')).toMatchObject({ smtpUrl: null, outboxDir: path.join('/data', 'outbox'), fromAddress: 'no-reply@chancery.invalid' })
    expect(mailSettings({ SMTP_URL: 'smtp://mail.example:25', MAIL_FROM: 'Cancillería <no-reply@cancilleria.example>' }, '/data'))
      .toMatchObject({ smtpUrl: 'smtp://mail.example:25', fromName: 'Cancillería', fromAddress: 'no-reply@cancilleria.example' })
  })

  it('refuses an SMTP_URL or MAIL_FROM it cannot use, naming the variable', () => {
    expect(() => mailSettings({ SMTP_URL: 'mail.example:25' }, '/data')).toThrow(/SMTP_URL/)
    expect(() => mailSettings({ MAIL_FROM: 'nobody' }, '/data')).toThrow(/MAIL_FROM/)
  })
})

describe('mailAdapter', () => {
  it('unconfigured, writes each message as a complete .eml file a mail reader parses', async () => {
    const dataDir = tempDir()
    const adapter = adapterFor(mailSettings({}, dataDir))
    const sent = await adapter.sendEmail({ to: 'ana@example.org', subject: 'Referencia MAD-2026-000001 — Embajada', text: 'Hola, Ana.\nÁrabe: مرحبا' })
    const files = fs.readdirSync(path.join(dataDir, 'outbox'))
    expect(files).toEqual([path.basename(sent.file!)])
    expect(fs.statSync(sent.file!).mode & 0o777).toBe(0o600)
    const mail = await simpleParser(fs.readFileSync(sent.file!))
    expect(mail.subject).toBe('Referencia MAD-2026-000001 — Embajada')
    expect(mail.text).toContain('مرحبا')
    expect(mail.from?.value[0]?.address).toBe('no-reply@chancery.invalid')
  })

  const sinks: Awaited<ReturnType<typeof startSmtpSink>>[] = []
  afterAll(async () => Promise.all(sinks.map((s) => s.close())))

  it('with SMTP_URL, delivers to the SMTP server and writes no file', async () => {
    const sink = await startSmtpSink()
    sinks.push(sink)
    const dataDir = tempDir()
    const adapter = adapterFor(mailSettings({ SMTP_URL: sink.url, MAIL_FROM: 'Embajada <embajada@example.org>' }, dataDir))
    await adapter.sendEmail({ to: 'ana@example.org', subject: 'Prueba', text: 'Cuerpo' })
    const [mail] = await sink.waitFor(1)
    expect(mail!.subject).toBe('Prueba')
    expect(mail!.from?.value[0]).toMatchObject({ address: 'embajada@example.org', name: 'Embajada' })
    expect(fs.existsSync(path.join(dataDir, 'outbox'))).toBe(false)
  })
})
