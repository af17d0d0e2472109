// The browser suite of issue #8: drives Debian's Chromium (playwright-core) through the running platform with real
// Keycloak logins. Every page it visits gets a screenshot and an axe audit (WCAG 2.1 A + AA, 0 violations allowed);
// the proposal flow is done with the keyboard alone. Exit code 1 on any failure.
//   BASE_URL=http://localhost:8080 node suite.mjs      (the platform running, e.g. deploy/run.sh)
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BASE_URL, OUT, audits, auditPage, expect, launch, log, newVisitor, open, screenshotOpenPages, settled, signIn, tabTo, type, visitors } from './lib.mjs'

const results = []
async function step(name, fn) {
  // STEPS=regex runs only the matching steps (while developing; later steps use what earlier ones found)
  if (process.env.STEPS && !new RegExp(process.env.STEPS).test(name)) return
  log(`▶ ${name}`)
  try {
    await fn()
    results.push({ name, ok: true })
    log(`✔ ${name}`)
  } catch (e) {
    results.push({ name, ok: false, error: String(e?.stack ?? e) })
    log(`✘ ${name}\n${e?.stack ?? e}`)
    await screenshotOpenPages(name)
  }
  visitors.length = 0
}

const stamp = new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '')
const sentence = `Kommunen ska redovisa arbetet varje år (e2e ${stamp}).`
const state = {}

const browser = await launch()
log(`Chromium ${browser.version()} against ${BASE_URL}`)
try {
  // ---------------------------------------------------------------- public pages, no login
  await step('public pages without login', async () => {
    const { page, context, errors } = await newVisitor(browser)
    await open(page, '/')
    expect(new URL(page.url()).pathname === '/plan', `/ should lead to /plan, got ${page.url()}`)
    expect((await page.locator('html').getAttribute('lang')) === 'sv', 'the page language is Swedish')
    expect(await page.getByRole('link', { name: 'Logga in' }).isVisible(), 'anonymous visitors are offered the sign-in')
    const goals = page.locator('.goal-card h3 a')
    expect((await goals.count()) > 5, 'the plan tree lists the goals')
    expect((await page.locator('.goal-card .sdg').count()) > 0, 'goals carry SDG badges')
    await auditPage(page, '01-public-plan')

    // search narrows the tree
    await page.getByLabel('Sök i mål och indikatorer').fill('trygg')
    await page.waitForFunction(() => document.querySelectorAll('.goal-card').length > 0 && /matchar/.test(document.querySelector('main [role=status].meta')?.textContent ?? ''))
    const hits = await page.locator('.goal-card').count()
    expect(hits > 0 && hits < (await goals.count()) + 1, 'search finds some goals')
    await page.getByLabel('Sök i mål och indikatorer').fill('')

    // a goal page: description, SDG links, indicators; values need a sign-in
    // a goal with at least two indicators (the planner removes one of them later; the chart must stay)
    const index = await page.locator('.goal-card').evaluateAll((cards) =>
      cards.findIndex((c) => c.querySelectorAll('.indicator-list li').length >= 2))
    expect(index >= 0, 'a goal with two or more indicators')
    const goalWithIndicators = page.locator('.goal-card').nth(index).locator('h3 a')
    state.goalTitle = await goalWithIndicators.textContent()
    await goalWithIndicators.click()
    await settled(page)
    expect((await page.locator('h1').textContent()) === state.goalTitle, 'the goal page shows the goal')
    state.goalPath = new URL(page.url()).pathname
    expect(await page.getByRole('heading', { name: 'Indikatorer' }).isVisible(), 'the goal lists its indicators')
    await auditPage(page, '02-public-goal')

    await open(page, '/proposals')
    expect((await page.getByRole('button', { name: /Skapa förslag/ }).count()) === 0, 'no create control without login')
    await auditPage(page, '03-public-proposals')

    await open(page, '/data')
    const openData = await page.request.get(BASE_URL + '/open-data/')
    expect(openData.status() < 500, `/open-data/ answers (${openData.status()})`)
    await auditPage(page, '05-open-data')

    await open(page, '/accessibility')
    expect(await page.getByRole('link', { name: /Skicka e-post/ }).isVisible(), 'a way to report accessibility problems')
    await auditPage(page, '06-accessibility-statement')

    // the language switch
    await page.getByRole('button', { name: 'In English' }).click()
    await page.getByRole('heading', { level: 1, name: 'Accessibility statement' }).waitFor()
    expect((await page.locator('html').getAttribute('lang')) === 'en', 'English pages say lang=en')
    await auditPage(page, '07-accessibility-statement-en')
    await page.getByRole('button', { name: 'På svenska' }).click()

    // API paths never hand out the page, and need a session
    const api = await page.request.get(BASE_URL + '/api/plan/plans')
    expect(api.status() === 401, `/api without a session is 401, got ${api.status()}`)
    expect(errors.length === 0, `no script errors: ${errors.join('; ')}`)
    await context.close()
  })

  // ---------------------------------------------------------------- the planner
  await step('planner: plan, goal chart, proposal by keyboard, tracked changes, submit, adopt', async () => {
    const { page, context, errors } = await newVisitor(browser)
    await signIn(page, 'petra', '/plan')
    expect((await page.getByTestId('signed-in-user').textContent()).includes('Petra'), 'the header shows who is signed in')
    await auditPage(page, '10-planner-plan')

    await open(page, state.goalPath)
    await page.locator('.indicator-panel figure.chart canvas').first().waitFor({ timeout: 20_000 })
    const rows = await page.locator('.indicator-panel figure.chart table tbody tr').count()
    expect(rows > 0, 'the chart has values (table alternative)')
    const drawn = await page.locator('.indicator-panel canvas').first().evaluate((c) => c.width > 0 && c.height > 0)
    expect(drawn, 'the chart is drawn')
    await auditPage(page, '11-planner-goal-chart')

    // ---- the proposal flow with the keyboard alone: from the page top, only Tab, Shift+Tab, arrows, Space, Enter and typing
    await open(page, '/proposals')
    await page.locator('body').focus()
    await tabTo(page, page.getByRole('link', { name: 'Förslag', exact: true }))
    await tabTo(page, page.getByLabel(/Förslagets rubrik/))
    const title = `Revidering e2e ${stamp}`
    await type(page, title)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/proposals\/[0-9a-f-]{36}$/, { timeout: 20_000 })
    await settled(page)
    state.proposalPath = new URL(page.url()).pathname
    expect((await page.locator('h1').textContent()) === title, 'the new proposal opens')
    await auditPage(page, '12-planner-new-proposal')

    // choose the goal in the working copy
    const select = page.getByLabel('Mål att ändra')
    await tabTo(page, select)
    const wanted = await select.locator('option', { hasText: state.goalTitle }).first().getAttribute('value')
    for (let i = 0; i < 200 && (await select.inputValue()) !== wanted; i++) await page.keyboard.press('ArrowDown')
    expect((await select.inputValue()) === wanted, 'the goal is chosen with the arrow keys')

    // remove its last indicator, with a comment and a motivation: Tab into the radio group, arrow keys to the last
    const radios = page.locator('.radio-list input[type=radio]')
    const last = (await radios.count()) - 1
    state.removedIndicator = (await page.locator('.radio-list label').nth(last).textContent()).replace(/^Ta bort indikatorn /, '')
    await tabTo(page, radios.first())
    if (last === 0) await page.keyboard.press('Space')
    for (let i = 0; i < last; i++) await page.keyboard.press('ArrowDown')
    expect(await radios.nth(last).isChecked(), 'the indicator is chosen with the keyboard')
    await page.keyboard.press('Tab')
    await tabTo(page, page.locator('form:has(.radio-list) textarea').nth(0))
    await type(page, 'Indikatorn mäts inte längre.')
    await tabTo(page, page.locator('form:has(.radio-list) textarea').nth(1))
    await type(page, 'Ersätts av ett bättre mått.')
    await tabTo(page, page.locator('form:has(.radio-list) button[type=submit]'))
    await page.keyboard.press('Enter')
    await page.locator('[data-testid=tracked-changes] li[data-kind=indicator][data-change=removed]').waitFor({ timeout: 20_000 })

    // add a sentence to the goal's text
    await tabTo(page, page.getByLabel(/Mening att lägga till/))
    await type(page, sentence)
    await page.keyboard.press('Tab')
    await type(page, 'Förtydligande.')
    await page.keyboard.press('Tab')
    await type(page, 'Uppföljningen ska synas.')
    await tabTo(page, page.getByRole('button', { name: 'Lägg till meningen' }))
    await page.keyboard.press('Enter')
    await page.locator('[data-testid=tracked-changes] li[data-kind=goal_text] ins').waitFor({ timeout: 20_000 })

    // the tracked-changes view: removed indicator struck through, new sentence inserted, both with text markers
    const del = await page.locator('[data-testid=tracked-changes] li[data-kind=indicator][data-change=removed] del').textContent()
    expect(del.includes('[borttagen]') && del.includes(state.removedIndicator), `the removed indicator is marked: ${del}`)
    const ins = await page.locator('[data-testid=tracked-changes] li[data-kind=goal_text] ins').allTextContents()
    expect(ins.some((t) => t.includes('[ny]') && t.includes(`e2e ${stamp}`)), `the sentence is marked new: ${ins}`)
    expect((await page.getByText('Indikatorn mäts inte längre.').count()) > 0, 'the comment is shown at the change')
    await auditPage(page, '13-planner-tracked-changes')

    // submit, then adopt with the decision's details
    await tabTo(page, page.getByRole('button', { name: 'Lämna in förslaget' }))
    await page.keyboard.press('Enter')
    await page.getByTestId('proposal-status').filter({ hasText: 'Inlämnat' }).waitFor({ timeout: 20_000 })
    await tabTo(page, page.getByLabel(/Beslutande organ/))
    await type(page, 'Kommunfullmäktige')
    await page.keyboard.press('Tab')
    await type(page, `KS-${stamp}`)
    await page.keyboard.press('Enter')
    await page.getByTestId('proposal-status').filter({ hasText: 'Antaget' }).waitFor({ timeout: 30_000 })
    await auditPage(page, '14-planner-adopted')

    // the plan in force now has the sentence and lacks the indicator
    await open(page, state.goalPath)
    await page.getByText(`e2e ${stamp}`, { exact: false }).first().waitFor({ timeout: 20_000 })
    expect(errors.length === 0, `no script errors: ${errors.join('; ')}`)

    // sign out ends the session (Keycloak's too) and comes back to the plan
    await page.getByRole('link', { name: 'Logga ut' }).click()
    await page.waitForURL((u) => u.pathname === '/plan', { timeout: 20_000 })
    if (!page.url().startsWith(BASE_URL)) await page.goto(BASE_URL + '/plan')
    await settled(page)
    expect(await page.getByRole('link', { name: 'Logga in' }).isVisible(), 'signed out')
    await context.close()
  })

  // ---------------------------------------------------------------- the public again: the adopted proposal
  await step("public: a proposal's tracked changes without login", async () => {
    const { page, context, errors } = await newVisitor(browser)
    await open(page, state.proposalPath ?? '/proposals')
    if (!state.proposalPath) await page.locator('table.proposals tbody th a').first().click()
    await settled(page)
    await page.getByTestId('tracked-changes').waitFor({ timeout: 20_000 })
    expect((await page.locator('[data-testid=tracked-changes] del').count()) > 0, 'removed parts are struck through')
    expect((await page.locator('[data-testid=tracked-changes] ins').count()) > 0, 'new parts are inserted')
    expect((await page.getByRole('button').filter({ hasText: /Anta|Lämna in|Lägg till/ }).count()) === 0, 'no decision controls')
    await auditPage(page, '15-public-proposal-changes')
    await open(page, '/proposals')
    await page.locator('table.proposals tbody tr').first().waitFor({ timeout: 20_000 })
    await auditPage(page, '16-public-proposals-list')
    expect(errors.length === 0, `no script errors: ${errors.join('; ')}`)
    await context.close()
  })

  // ---------------------------------------------------------------- the editor: a value in, the goal's status changes live
  await step("editor: enter a value, the goal's status changes without reload", async () => {
    const { page, context, errors } = await newVisitor(browser)
    await signIn(page, 'erik', '/follow-up')
    await auditPage(page, '20-editor-follow-up')
    const me = await (await page.request.get(BASE_URL + '/api/me')).json()
    const department = me.departments[0]
    // a goal with an indicator of erik's department that counts in the goal's status
    const report = await (await page.request.get(BASE_URL + '/api/reports/goals')).json()
    let pick
    for (const goal of report.goals) {
      const detail = await (await page.request.get(`${BASE_URL}/api/reports/goals/${goal.goalId}`)).json()
      const own = detail.indicators.find((i) => i.status && i.status.owningDepartment === department && i.status.direction !== 'none'
        && i.status.unit !== 'grade_1_6' && i.status.latest)
      if (own) { pick = { goal, indicator: own.status }; if (goal.indicators.total <= 2) break }
    }
    expect(pick, `a goal with an indicator of ${department}`)
    const { goal, indicator } = pick
    log(`  goal "${goal.title}" (${goal.status}), indicator "${indicator.title}" (${indicator.status}, trend ${indicator.trend})`)

    await open(page, `/plan/goals/${encodeURIComponent(goal.goalKey)}`)
    const status = page.getByTestId('goal-status')
    await status.locator('.status').waitFor({ timeout: 20_000 })
    const before = await status.textContent()
    await page.evaluate(() => { window.__sameDocument = true })
    await auditPage(page, '21-editor-goal')

    // a value for next year far on the side the indicator is not on now: its trend and the goal's count turn
    const nextYear = new Date().getFullYear() + 1
    const good = ['reached', 'on_track'].includes(indicator.status) || indicator.trend === 'improving'
    const higherIsBetter = indicator.direction === 'higher_is_better'
    const wantHigh = good !== higherIsBetter
    const series = await (await page.request.get(`${BASE_URL}/api/indicators/definitions/${indicator.indicatorId}/series?area=${indicator.areaCode}&gender=T`)).json()
    const values = series.points.map((p) => Number(p.value)).filter((v) => Number.isFinite(v))
    const bounded = ['percent', 'index_0_100'].includes(indicator.unit)
    const value = wantHigh ? (bounded ? 100 : Math.ceil(Math.max(1, ...values.map(Math.abs)) * 5)) : 0

    const entry = await context.newPage()
    await open(entry, `/indicators/${indicator.indicatorId}`)
    // validation while typing: a bad period is refused before anything is sent
    await entry.getByLabel(/^Period/).fill('20x')
    await entry.getByText(/Skriv perioden som ett år/).waitFor()
    await entry.getByLabel(/^Period/).fill(String(nextYear))
    await entry.getByRole('textbox', { name: /^Värde/ }).first().fill(String(value).replace('.', ','))
    expect((await entry.locator('.field-error').count()) === 0, 'the form accepts the value')
    await auditPage(entry, '22-editor-value-entry')
    await entry.getByRole('button', { name: 'Spara värdet' }).click()
    await entry.getByText(/Värdet är (sparat|rättat)/).waitFor({ timeout: 20_000 })
    await entry.getByRole('button', { name: `Visa historik för ${nextYear}` }).click()
    await entry.getByTestId('value-history').waitFor()
    await auditPage(entry, '23-editor-value-history')

    // back on the goal page, without any reload: the status follows
    await page.bringToFront()
    await page.waitForFunction((b) => {
      const now = document.querySelector('[data-testid=goal-status]')?.textContent
      return now && now !== b && !/Laddar/.test(now)
    }, before, { timeout: 60_000 })
    const after = await status.textContent()
    expect(await page.evaluate(() => window.__sameDocument === true), 'the goal page was not reloaded')
    log(`  goal status: "${before}" → "${after}" without reload`)
    await auditPage(page, '24-editor-goal-status-changed')
    expect(errors.length === 0, `no script errors: ${errors.join('; ')}`)
    await context.close()
  })

  // ---------------------------------------------------------------- the editor: the analysis of a goal of their department
  await step("editor: judge a goal of one's department and write its analysis", async () => {
    const { page, context, errors } = await newVisitor(browser)
    await signIn(page, 'erik', '/follow-up')
    const me = await (await page.request.get(BASE_URL + '/api/me')).json()
    const department = me.departments[0]
    expect(department === 'miljoforvaltningen', `erik belongs to miljoforvaltningen, got ${department}`)
    // a goal whose indicators miljöförvaltningen owns: its editors may assess it
    const report = await (await page.request.get(BASE_URL + '/api/reports/goals')).json()
    let goal
    for (const g of report.goals) {
      const assessments = await (await page.request.get(`${BASE_URL}/api/reports/goals/${g.goalId}/assessments`)).json()
      if ((assessments.departments ?? []).includes(department)) { goal = g; break }
    }
    expect(goal, `a goal owned by ${department}`)
    log(`  goal "${goal.title}"`)
    await open(page, `/plan/goals/${encodeURIComponent(goal.goalKey)}`)
    const year = new Date().getFullYear() - 1
    const form = page.locator('form', { has: page.getByRole('heading', { name: `Bedömning och analys för ${year}` }) })
    await form.waitFor({ timeout: 20_000 })
    // too long an analysis is refused next to the field, before anything is sent
    const analysis = form.getByLabel('Analys', { exact: true })
    await analysis.fill('x'.repeat(4001))
    await form.getByText('Analysen får vara högst 4000 tecken.').waitFor()
    expect((await analysis.getAttribute('aria-invalid')) === 'true', 'the analysis field is marked invalid')
    const text = `Utsläppen minskar men inte i den takt målet kräver (e2e ${stamp}).`
    await form.getByRole('radio', { name: 'Delvis uppfyllt' }).check()
    await analysis.fill(text)
    expect((await form.locator('.field-error').count()) === 0, 'the form accepts the analysis')
    await form.getByRole('button', { name: 'Spara bedömningen' }).click()
    await form.getByText('Bedömningen är sparad.').waitFor({ timeout: 20_000 })
    // the entry is now the year's current one, and in the history
    const history = page.locator('details', { hasText: 'Tidigare bedömningar' })
    await history.locator('summary').click()
    await history.getByRole('cell', { name: text }).first().waitFor({ timeout: 20_000 })
    const stored = await (await page.request.get(`${BASE_URL}/api/reports/goals/${goal.goalId}/assessments`)).json()
    const current = stored.current.find((a) => a.year === year)
    expect(current?.judgement === 'delvis_uppfyllt' && current?.analysis === text, `the service has the assessment: ${JSON.stringify(current)}`)
    await auditPage(page, '25-editor-goal-assessment')
    expect(errors.length === 0, `no script errors: ${errors.join('; ')}`)
    await context.close()
  })

  // ---------------------------------------------------------------- the viewer: reads everything, edits nothing
  await step('viewer: no edit control anywhere', async () => {
    const { page, context, errors } = await newVisitor(browser)
    await signIn(page, 'victor', '/plan')
    const editControls = async (where) => {
      // anything that would change data: forms other than search, text areas, the create/save/submit/adopt buttons
      // (a select of class view-choice only chooses what to read, e.g. the report's year)
      const count = await page.locator('main form:not([role=search]):not(.search), main textarea, main select:not(.view-choice)').count()
      const buttons = await page.getByRole('button', { name: /Skapa förslag|Spara|Lämna in|Anta förslaget|Lägg till|Ta bort/ }).count()
      expect(count === 0 && buttons === 0, `${where}: ${count} form fields and ${buttons} edit buttons shown to a viewer`)
    }
    await editControls('plan')
    await auditPage(page, '30-viewer-plan')
    await open(page, state.goalPath)
    await page.locator('.indicator-panel figure.chart').first().waitFor({ timeout: 20_000 })
    await editControls('goal')
    await auditPage(page, '31-viewer-goal')
    await open(page, '/proposals')
    await editControls('proposals')
    await auditPage(page, '32-viewer-proposals')
    if (state.proposalPath) {
      await open(page, state.proposalPath)
      await page.getByTestId('tracked-changes').waitFor()
      await editControls('proposal')
    }
    await open(page, '/indicators')
    await editControls('indicators')
    await auditPage(page, '33-viewer-indicators')
    await page.locator('main table tbody th a').first().click()
    await settled(page)
    await editControls('indicator')
    expect(await page.getByText(/inte föra in värden/).isVisible(), 'the viewer is told why there is no entry form')
    await auditPage(page, '34-viewer-indicator')
    await open(page, '/follow-up')
    await editControls('follow-up')
    await auditPage(page, '35-viewer-follow-up')
    expect((await page.getByRole('link', { name: 'Användare' }).count()) === 0, 'no user administration for a viewer')
    expect(errors.length === 0, `no script errors: ${errors.join('; ')}`)
    await context.close()
  })
  // ---------------------------------------------------------------- the yearly follow-up report (reporting-service's HTML)
  await step('follow-up report as HTML: accessible', async () => {
    const { page, context } = await newVisitor(browser)
    await signIn(page, 'victor', '/plan')
    const plans = await (await page.request.get(`${BASE_URL}/public/plan/plans`)).json()
    expect(plans.length > 0, 'an adopted plan')
    const response = await page.goto(`${BASE_URL}/api/reports/follow-up/plans/${plans[0].id}?format=html`)
    expect(response.status() === 200, `the report answers ${response.status()}`)
    expect((await page.locator('html').getAttribute('lang')) === 'sv', 'the report is in Swedish')
    expect((await page.locator('h1').count()) === 1 && (await page.locator('table caption').count()) > 0,
      'one h1 and captioned tables')
    await auditPage(page, '40-follow-up-report')
    await context.close()
  })
} finally {
  await browser.close()
}

writeFileSync(join(OUT, 'results.json'), JSON.stringify({ baseUrl: BASE_URL, results, audits }, null, 2))
const failed = results.filter((r) => !r.ok).length
log(`screenshots in ${OUT}/screenshots; ${audits.length} pages audited`)
console.log(`${results.length - failed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
