import { HtmlValidate } from 'html-validate'
import { describe, expect, it } from 'vitest'

import { everyCmsPage, everyPage } from '../fixtures/everyPage'
import { FIXTURE_LOCALES, FIXTURE_TODAY, missionSiteFixture } from '../fixtures/missionSite'

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Stylistic: the HTML standard makes the doctype case-insensitive; we write it lowercase.
    'doctype-style': 'off',
    // Stylistic (search snippets), not validity: titles are editors' headlines, and the fixtures are long on purpose.
    'long-title': 'off',
  },
})

const pages = FIXTURE_LOCALES.flatMap((locale) => [...everyPage(missionSiteFixture(locale), FIXTURE_TODAY), ...everyCmsPage(missionSiteFixture(locale))])

describe('HTML validity (html-validate:recommended)', () => {
  it.each(pages.map((p) => [p.path, p.html] as const))('%s has zero errors', async (_, html) => {
    const report = await validator.validateString(html)
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`))
    expect(messages).toEqual([])
  })

  it('the validator does catch an invalid page (the check can fail)', async () => {
    const broken = pages[0].html.replace(/<main id="main" class="main"[^>]*>/, '$&<div><p>unclosed')
    expect((await validator.validateString(broken)).valid).toBe(false)
  })
})
