/**
 * /admin/translations: what needs translating, language by language, with a link to each
 * document open in that language. The scope comes from the signed-in user on the server
 * (ministry users: the network; mission editors: their own missions' documents), never from
 * the page. Reads in full without JavaScript: headings, a GET form and captioned tables.
 */
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { loadTranslationQueue, TranslationQueueError, type LanguageQueue, type QueueEntry, type TranslationQueue } from '../translations/translationQueue'
import { AdminFrame, requireSignIn } from './AdminFrame'
import { languageLabel } from './TranslationBadges'
import './Translations.css'

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : 'before tracking began')

function stateText(entry: QueueEntry, language: LanguageQueue): string {
  if (entry.state === 'outdated') {
    return `Outdated: the ${languageLabel(entry.source)} text changed on ${day(entry.sourceEditedAt)}, after this translation (${day(entry.editedAt)}).`
  }
  return entry.editedAt === null && entry.missingFields.length > 0
    ? `Missing: no ${language.label} text yet (${entry.missingFields.join(', ')}).`
    : `Missing: ${entry.missingFields.join(', ')} still empty in ${language.label}.`
}

function LanguageSection({ language }: { language: LanguageQueue }) {
  const headingId = `translations-${language.code}`
  const count = language.entries.length
  return (
    <section aria-labelledby={headingId} data-language={language.code}>
      <h2 id={headingId}>{language.label} ({language.code})</h2>
      {count === 0 ? (
        <p>Nothing to translate.</p>
      ) : (
        <table className="translations-view__table" id={`translations-table-${language.code}`}>
          <caption>
            {count} {count === 1 ? 'document needs' : 'documents need'} translating into {language.label}: {language.outdated} outdated, {language.missing} missing
          </caption>
          <thead>
            <tr>
              <th scope="col">Document</th>
              <th scope="col">Kind</th>
              <th scope="col">Mission</th>
              <th scope="col">What to do</th>
            </tr>
          </thead>
          <tbody>
            {language.entries.map((entry) => (
              <tr key={`${entry.collection}/${entry.id}`} data-id={entry.id} data-state={entry.state}>
                <th scope="row">
                  <a href={entry.editUrl}>{entry.title}</a>
                  {!entry.published && ' (draft)'}
                </th>
                <td>{entry.collectionLabel}</td>
                <td>{entry.mission ? entry.mission.name : 'Ministry'}</td>
                <td>{stateText(entry, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

function LanguageFilter({ queue, selected }: { queue: TranslationQueue; selected?: string }) {
  const choices = queue.available
  if (choices.length < 2) return null
  return (
    <form method="get" className="translations-view__filter">
      <label htmlFor="translations-language">Language</label>{' '}
      <select id="translations-language" name="language" defaultValue={selected ?? ''}>
        <option value="">All languages</option>
        {choices.map((code) => (
          <option key={code} value={code}>{languageLabel(code)} ({code})</option>
        ))}
      </select>{' '}
      <button type="submit">Show</button>
    </form>
  )
}

export async function TranslationsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  requireSignIn(req, '/translations')
  const requested = [searchParams?.language].flat().find((s): s is string => typeof s === 'string' && s !== '')

  let queue: TranslationQueue | null = null
  let refusal: string | null = null
  try {
    queue = await loadTranslationQueue(req.payload, { user: req.user, language: requested })
  } catch (error) {
    if (!(error instanceof TranslationQueueError)) throw error
    refusal = error.message
  }

  return (
    <AdminFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <main className="translations-view" aria-labelledby="translations-title">
        <h1 id="translations-title">Translations</h1>
        <p>
          {queue?.scope.kind === 'missions' ? 'Your missions’ documents only. ' : queue ? 'The whole network. ' : ''}
          A translation is <strong>missing</strong> while a field its source fills is empty in it, and{' '}
          <strong>outdated</strong> when its source (the mission’s default language, or Spanish for the ministry) changed
          after it was last saved. Until it is done, the sites show the source’s text in its place. Drafts count.
        </p>
        {refusal !== null ? (
          <p role="alert" className="translations-view__error">{refusal}</p>
        ) : (
          queue && (
            <>
              <LanguageFilter queue={queue} selected={requested} />
              {queue.languages.length === 0 && <p>None of your missions publishes in that language.</p>}
              {queue.languages.map((language) => <LanguageSection key={language.code} language={language} />)}
            </>
          )
        )}
      </main>
    </AdminFrame>
  )
}
