import type { TopicView } from '../../src/content/viewModels'
import { html, type SafeHtml } from '../html/html'

/** Topics as tags; the label is for screen readers, since the tags speak for themselves on screen. */
export function topicList(topics: TopicView[], label: string): SafeHtml {
  if (topics.length === 0) return html``
  return html`<div class="topics-block"><span class="visually-hidden">${label}:</span><ul class="topics">${topics.map((topic) => html`<li>${topic.name}</li>`)}</ul></div>`
}
