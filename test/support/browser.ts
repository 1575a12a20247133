import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Debian's Chromium, headless; background networking off because this machine has no outside network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  })
}

/** A staff account's token, from Payload's own sign-in over HTTP. */
export async function staffToken(serverUrl: string, credentials: { email: string; password: string }, timeoutMs = 120_000): Promise<string> {
  const res = await fetch(`${serverUrl}/api/users/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(credentials), signal: AbortSignal.timeout(timeoutMs),
  })
  if (res.status !== 200) throw new Error(`signing in as ${credentials.email} answered ${res.status}: ${(await res.text()).slice(0, 300)}`)
  return (await res.json()).token as string
}

/** A browser session signed in through Payload's own cookie, at a desktop size; scripts off unless asked. */
export async function signedInContext(browser: Browser, serverUrl: string, token: string, javaScriptEnabled = false): Promise<BrowserContext> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1400, height: 1000 } })
  await context.addCookies([{ name: 'payload-token', value: token, url: serverUrl }])
  return context
}

/** Signs in through the admin's own sign-in form, as an editor does, and waits to be let in. */
export async function signInThroughForm(page: Page, serverUrl: string, user: { email: string; password: string }, timeoutMs = 120_000): Promise<void> {
  page.setDefaultTimeout(timeoutMs)
  await page.goto(`${serverUrl}/admin/login`, { timeout: timeoutMs })
  await page.fill('input[name="email"]', user.email)
  await page.fill('input[name="password"]', user.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: timeoutMs })
}
