// Small helpers of the browser suite: Chromium, sign-in through Keycloak's own form, axe audits, screenshots, and
// keyboard-only navigation.
import { chromium } from 'playwright-core'
import AxeBuilder from '@axe-core/playwright'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

export const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '')
export const OUT = process.env.E2E_OUT ?? join(import.meta.dirname, 'target')
export const SHOTS = join(OUT, 'screenshots')
mkdirSync(SHOTS, { recursive: true })

const t0 = Date.now()
export const log = (m) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`)

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  })
}

/** The open browser profiles, so that a failed step can leave screenshots of what it saw. */
export const visitors = []

export async function screenshotOpenPages(name) {
  for (const context of visitors.splice(0)) {
    for (const [i, page] of context.pages().entries()) {
      await page.screenshot({ path: join(SHOTS, `FAILED-${name.replace(/\W+/g, '-')}-${i}.png`), fullPage: true }).catch(() => {})
    }
    await context.close().catch(() => {})
  }
}

/** A fresh browser profile (own cookies): reduced motion so charts do not animate in screenshots, Swedish locale. */
export async function newVisitor(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', locale: 'sv-SE' })
  const page = await context.newPage()
  visitors.push(context)
  const errors = []
  page.on('pageerror', (e) => errors.push(String(e)))
  page.on('console', (m) => { if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text()) })
  return { context, page, errors }
}

/** Waits until the single-page app has painted its page: a heading and no loading notice. */
export async function settled(page) {
  await page.locator('main h1').first().waitFor({ timeout: 20_000 })
  await page.waitForFunction(() => !document.querySelector('main .loading'), null, { timeout: 20_000 })
}

export async function open(page, path) {
  await page.goto(BASE_URL + path)
  await settled(page)
}

/** Signs in as a demo user through the gateway's /login and Keycloak's real login form. */
export async function signIn(page, username, redirect = '/plan') {
  await page.goto(`${BASE_URL}/login?redirect=${encodeURIComponent(redirect)}`)
  await page.locator('#username').fill(username)
  await page.locator('#password').fill(`${username}-demo`)
  await Promise.all([page.waitForURL((url) => url.pathname === redirect && !/\/realms\//.test(url.pathname), { timeout: 30_000 }), page.locator('#kc-login').click()])
  // Keycloak sends the browser back to the gateway's registered address; a UI served elsewhere (vite preview while
  // developing) shares the session cookie (cookies ignore the port), so continue there
  if (!page.url().startsWith(BASE_URL)) await page.goto(BASE_URL + redirect)
  await settled(page)
  await page.getByTestId('signed-in-user').waitFor({ timeout: 15_000 })
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
export const audits = []

/** A full-page screenshot, then an axe audit with the WCAG 2.1 A and AA rules: any violation fails the step. */
export async function auditPage(page, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true })
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  audits.push({ name, url: page.url(), violations: result.violations.length, passes: result.passes.length })
  if (result.violations.length > 0) {
    const detail = result.violations
      .map((v) => `${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n      ')}`)
      .join('\n    ')
    throw new Error(`axe found ${result.violations.length} violations on ${name} (${page.url()}):\n    ${detail}`)
  }
  log(`  axe ${name}: 0 violations, ${result.passes.length} rules passed`)
}

/** Moves focus with the Tab key alone until `locator` has it (no clicks, no focus() calls). */
export async function tabTo(page, locator, { max = 120, backwards = false } = {}) {
  const target = locator.first()
  await target.waitFor()
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`Tab never reached ${target}`)
}

/** Types into the focused field with the keyboard. */
export async function type(page, text) {
  await page.keyboard.type(text, { delay: 5 })
}

export function expect(condition, message) {
  if (!condition) throw new Error(message)
}
