/**
 * OPML 2.0 (http://opml.org/spec2.opml): every feed of the network in one file, so an
 * aggregator subscribes to all of it in one step. The lead group (the ministry's own feeds)
 * comes first, then the missions' grouped by country, then mission; the dates come from the
 * input, never from the clock.
 */
import type { LocaleCode } from '../content/viewModels'
import { toRfc822 } from './dates'
import { xmlAttributeValue as attr, xmlTextContent as text } from './xmlText'

export type OpmlFeed = { title: string; xmlUrl: string; htmlUrl: string; language: LocaleCode }

export type OpmlMission = { name: string; country: string; feeds: OpmlFeed[] }

/** Feeds listed ahead of every country, in a group of their own: `group` > `name` > feeds. */
export type OpmlLead = { group: string; name: string; feeds: OpmlFeed[] }

export type OpmlInput = {
  title: string
  ownerName?: string
  /** ISO 8601; written as RFC 822 as OPML 2.0 asks. */
  dateCreated: string
  dateModified: string
  /** Language whose alphabetical order sorts countries and missions. */
  collation: LocaleCode
  lead?: OpmlLead
  missions: OpmlMission[]
}

function feedOutline(feed: OpmlFeed): string {
  const title = attr(feed.title)
  return `        <outline type="rss" text="${title}" title="${title}" xmlUrl="${attr(feed.xmlUrl)}" htmlUrl="${attr(feed.htmlUrl)}" language="${attr(feed.language)}"/>`
}

function missionOutline(mission: Pick<OpmlMission, 'name' | 'feeds'>): string {
  const name = attr(mission.name)
  return [`      <outline text="${name}" title="${name}">`, ...mission.feeds.map(feedOutline), '      </outline>'].join('\n')
}

function groupOutline(title: string, missions: Pick<OpmlMission, 'name' | 'feeds'>[]): string {
  const name = attr(title)
  return [`    <outline text="${name}" title="${name}">`, ...missions.map(missionOutline), '    </outline>'].join('\n')
}

// Collation alone can call distinct strings equal; code-point order then decides, so the
// output never depends on input order.
function nameOrder(collator: Intl.Collator) {
  return (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)
}

function byCountry(missions: OpmlMission[], collator: Intl.Collator): [string, OpmlMission[]][] {
  const order = nameOrder(collator)
  const groups = new Map<string, OpmlMission[]>()
  for (const mission of missions) {
    if (mission.feeds.length === 0) continue
    groups.set(mission.country, [...(groups.get(mission.country) ?? []), mission])
  }
  return [...groups.entries()]
    .sort(([a], [b]) => order(a, b))
    .map(([country, list]) => [country, [...list].sort((a, b) => order(a.name, b.name))])
}

/** The OPML document: a pure function of its input. Missions (and a lead) without feeds are left out. */
export function renderOpml(input: OpmlInput): string {
  const collator = new Intl.Collator(input.collation)
  // Kept out of the sort by name, and out of a country that happens to share its name.
  const lead = input.lead?.feeds.length ? [groupOutline(input.lead.group, [input.lead])] : []
  const countries = byCountry(input.missions, collator).map(([country, missions]) => groupOutline(country, missions))
  const head = [
    `    <title>${text(input.title)}</title>`,
    `    <dateCreated>${toRfc822(input.dateCreated)}</dateCreated>`,
    `    <dateModified>${toRfc822(input.dateModified)}</dateModified>`,
    ...(input.ownerName ? [`    <ownerName>${text(input.ownerName)}</ownerName>`] : []),
    '    <docs>http://opml.org/spec2.opml</docs>',
  ]
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    ...head,
    '  </head>',
    '  <body>',
    ...lead,
    ...countries,
    '  </body>',
    '</opml>',
    '',
  ].join('\n')
}
