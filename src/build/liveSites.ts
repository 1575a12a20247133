import type { Payload } from 'payload'

import { joinReleases, loadMinistryNetwork, loadNetwork, readCurrentAlerts, readPublished, type RawNetwork, type SharedContent } from '../content/loadNetwork'
import { alertsOnly } from '../alerts/alertChanges'
import { refreshAlerts } from '../alerts/refreshAlerts'
import { NETWORK_ARCHIVE_SIZE } from '../content/ministrySiteView'
import { releasesListed } from '../content/missionSiteView'
import { buildSites, loadSharedFor, writeMinistrySite, writeMissionSite, type BuildOptions, type BuildSummary } from './buildSites'
import type { ReleaseChange } from './planMissionSite'
import { patchMinistryNetwork } from './patchMinistryNetwork'
import { prepareStandby, type WriteSummary } from './siteWriter'
import { indexWrittenSites } from '../search/siteIndex'

import type { ContentChange } from '../jobs/rebuildSitesJob'

// The server's builds run in its own process, not in build workers (src/build/pool): they are
// a few missions' as a rule, and the worker's module is not part of the server's bundle.
const IN_PROCESS = 1

// Missions whose content stays in memory between rebuilds: the ones being edited now.
const KEPT_MISSIONS = 8

type Doc = Record<string, any>

/**
 * The live server's builder. It keeps the content of the missions it rebuilt last, and when
 * the change is a press release it reads that one document, patches the content it kept and
 * renders only what the release touches (its pages, home, the news index, the feeds, the
 * sitemap), so that a publish costs the same in a network of ten missions or of a thousand.
 * Any other change, or a mission it does not hold, takes the ordinary build.
 */
export class LiveSites {
  private shared: SharedContent | null = null
  private kept = new Map<string, RawNetwork>()
  private ministry: RawNetwork | null = null
  // The lease generation of this builder's last build (src/jobs/siteBuildLease.ts).
  private generation: number | null = null
  // Work left for after a build's files are live (the standby copies catching up).
  private pending = new Set<Promise<void>>()

  constructor(
    private readonly payload: Payload,
    private readonly options: () => Omit<BuildOptions, 'missions'>,
  ) {}

  /**
   * Called when a build starts with the generation of the lease it holds. Another server that
   * built since this one last did published changes this builder has not patched in: what it
   * keeps is forgotten and read again. Its own previous claim is the generation just before.
   */
  startBuild(generation: number): void {
    if (this.generation === null || generation !== this.generation + 1) this.forget()
    this.generation = generation
  }

  /** Resolves once the work a build left for later (the standby copies) is done: the sites folder is then still. */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.all(this.pending)
  }

  /** Rebuilds the given missions' sites (every site when empty) after these changes (null: not known). */
  async rebuild(missions: string[], changes: ContentChange[] | null): Promise<BuildSummary> {
    const started = performance.now()
    if (alertsOnly(changes)) return this.refreshAlerts(missions)
    const releaseIds = pressReleaseIds(changes)
    if (!releaseIds || missions.length === 0) return this.fullRebuild(missions)

    const shared = this.shared ?? (this.shared = await loadSharedFor(this.payload, this.options()))
    const known = new Set(shared.missions.map((m) => m.slug as string))
    if (!missions.every((slug) => known.has(slug))) return this.fullRebuild(missions)

    const fresh = releaseIds.length ? await readPublished(this.payload, 'press-releases', releaseIds) : []
    const sites: WriteSummary[] = []
    for (const slug of missions) {
      const held = this.kept.get(slug)
      if (!held) {
        const raw = await loadNetwork(this.payload, { missions: [slug] }, shared)
        this.keep(slug, raw)
        sites.push(writeMissionSite(raw, slug, this.options()))
        // Ready for the next publish: its write then costs its own changes, not a copy of the site.
        prepareStandby(this.options().outDir, slug)
        continue
      }
      const { raw, change } = patchReleases(held, slug, releaseIds, fresh, shared)
      this.keep(slug, raw)
      sites.push(writeMissionSite(raw, slug, this.options(), change))
    }
    // After the files are live: the old copies catch up while the editor reads the result.
    const outDir = this.options().outDir
    this.later(() => sites.forEach((site) => prepareStandby(outDir, site.site)))
    // The pages are live; their sites' search indexes follow (Pagefind's process reads them
    // while the standby copies catch up), then those copies catch up with the index.
    const indexed = this.options().searchIndex === false ? sites : await indexWrittenSites(outDir, sites)
    if (indexed !== sites) this.later(() => indexed.forEach((site) => prepareStandby(outDir, site.site)))
    const total = (k: 'written' | 'unchanged' | 'deleted') => indexed.reduce((n, s) => n + s[k], 0)
    return {
      sites: indexed, written: total('written'), unchanged: total('unchanged'), deleted: total('deleted'),
      removedSites: [], pings: [], notes: [], seconds: (performance.now() - started) / 1000,
    }
  }

  /**
   * The ministry's site after a change to some missions' content: its network news, feeds,
   * directory and atlas show every mission's. Run after the missions' own sites are written.
   * Null while the ministry's settings have no public address.
   */
  async refreshMinistry(changes: ContentChange[] | null = null): Promise<WriteSummary | null> {
    const shared = this.shared ?? (this.shared = await loadSharedFor(this.payload, this.options()))
    const releaseIds = changes?.length ? pressReleaseIds(changes) : null
    // After press releases, the network it holds takes their new versions; the views of the
    // others, memoised on their documents, are then reused instead of rebuilt from a fresh read.
    const fresh = releaseIds && this.ministry ? joinReleases(shared, await readPublished(this.payload, 'press-releases', releaseIds)) : []
    const patched = releaseIds && this.ministry ? patchMinistryNetwork(this.ministry, releaseIds, fresh, NETWORK_ARCHIVE_SIZE) : null
    // Missions' releases only show in the network news and feeds; the ministry's own, everywhere.
    const ownBefore = this.ministry?.releases.some((r) => releaseIds?.includes(r.id) && !r.mission) ?? true
    const onlyNetworkNews = Boolean(patched) && !ownBefore && fresh.every((r) => r.mission)
    this.ministry = patched ?? (await loadMinistryNetwork(this.payload, NETWORK_ARCHIVE_SIZE, shared))
    const written = writeMinistrySite(this.ministry, this.options(), onlyNetworkNews)
    // Its own releases are indexed pages; the network news is not (src/search/searchPaths).
    if (!written || this.options().searchIndex === false) return written
    const [indexed] = await indexWrittenSites(this.options().outDir, [written])
    return indexed
  }

  /**
   * Whether these mission slugs are current without asking the database: the missions it read
   * are kept only until a change to anything but press releases, which makes it read again.
   */
  knowsMissions(slugs: string[]): boolean {
    const known = this.shared?.missions.map((m) => m.slug as string)
    return Boolean(known) && slugs.every((slug) => known!.includes(slug))
  }

  /** Forgets everything it holds: the next rebuild reads again. */
  forget(): void {
    this.shared = null
    this.ministry = null
    this.kept.clear()
  }

  /**
   * After an alert is published, changed, withdrawn, starts or expires: the alerts of the given
   * sites (every mission's when empty) brought up to date on the pages already written
   * (src/alerts/refreshAlerts.ts), the content it keeps given the alerts read now.
   */
  private async refreshAlerts(missions: string[]): Promise<BuildSummary> {
    const started = performance.now()
    const options = this.options()
    const shared = this.shared ?? (this.shared = await loadSharedFor(this.payload, options))
    const now = options.now ?? new Date()
    const alerts = await readCurrentAlerts(this.payload, now)
    shared.alerts = alerts
    for (const [slug, raw] of this.kept) this.kept.set(slug, { ...raw, alerts })
    if (this.ministry) this.ministry = { ...this.ministry, alerts }
    const { sites, needBuild } = refreshAlerts(shared, missions, { outDir: options.outDir, now, hubUrl: options.hubUrl })
    this.later(() => sites.forEach((site) => prepareStandby(options.outDir, site.site)))
    // Sites written before alerts existed have no region to refresh: the ordinary build gives them one.
    const built = needBuild.length ? await buildSites(this.payload, { ...options, workers: IN_PROCESS, missions: needBuild }) : null
    const all = [...sites, ...(built?.sites ?? [])]
    const total = (k: 'written' | 'unchanged' | 'deleted') => all.reduce((n, s) => n + s[k], 0)
    return {
      sites: all, written: total('written'), unchanged: total('unchanged'), deleted: total('deleted'),
      removedSites: [], pings: [], notes: [], seconds: (performance.now() - started) / 1000,
    }
  }

  private async fullRebuild(missions: string[]): Promise<BuildSummary> {
    this.forget()
    return buildSites(this.payload, { ...this.options(), workers: IN_PROCESS, missions: missions.length ? missions : undefined })
  }

  /**
   * Runs `work` once the current turn of the event loop is over (after the files are live, the
   * old copies catch up while the editor reads the result), counted until done for `settled`.
   * A standby that failed to catch up is rebuilt from the live copy by the next write.
   */
  private later(work: () => void): void {
    const done = new Promise<void>((resolve) =>
      setImmediate(() => {
        try {
          work()
        } catch (error) {
          this.payload.logger.warn({ err: error, msg: 'Could not bring a standby site copy up to date; the next build will' })
        } finally {
          resolve()
        }
      }),
    )
    this.pending.add(done)
    void done.then(() => this.pending.delete(done))
  }

  private keep(slug: string, raw: RawNetwork): void {
    this.kept.delete(slug)
    this.kept.set(slug, raw)
    while (this.kept.size > KEPT_MISSIONS) this.kept.delete(this.kept.keys().next().value as string)
  }
}

/**
 * The mission's content with the changed releases replaced by what is published now (or
 * removed), and what the change touches: the releases' old and new slugs and topics.
 */
function patchReleases(held: RawNetwork, slug: string, ids: string[], fresh: Doc[], shared: SharedContent): { raw: RawNetwork; change: ReleaseChange } {
  const changed = new Set(ids)
  const before = held.releases.filter((r) => changed.has(r.id))
  // Whether each one shows on this mission's site is the view's rule (releaseAppearsOn), as in any build.
  const shown = joinReleases(shared, fresh)
  const releases = [...held.releases.filter((r) => !changed.has(r.id)), ...shown]
  const topicSlugs = (docs: Doc[]) => docs.flatMap((r) => (r.topics ?? []).map((t: Doc | string) => (typeof t === 'object' ? t.slug : null))).filter(Boolean)
  const raw = { ...held, releases }
  const topics = [...new Set(topicSlugs([...before, ...shown]))] as string[]
  const listedBefore = releasesListed(held, slug)
  const listedAfter = releasesListed(raw, slug)
  return {
    raw,
    change: {
      releaseIds: ids,
      slugs: [...new Set([...before, ...shown].map((r) => r.slug as string))],
      topics,
      inPlace: listsOnlyGrewAtHead(listedBefore, listedAfter, topics),
      newlyListed: newlyListed(listedBefore, listedAfter),
    },
  }
}

/**
 * Whether the site's release list, and each topic's, is the old one with new releases in
 * front (or the same releases in the same order): then archive pages keep their items.
 */
function listsOnlyGrewAtHead(before: Listed[], after: Listed[], topics: string[]): boolean {
  const grewAtHead = (was: string[], now: string[]) => now.length >= was.length && was.every((id, i) => now[now.length - was.length + i] === id)
  const ids = (list: Listed[]) => list.map((r) => r.id)
  const inTopic = (list: Listed[], topic: string) => list.filter((r) => r.topics.includes(topic))
  return grewAtHead(ids(before), ids(after)) && topics.every((t) => grewAtHead(ids(inTopic(before, t)), ids(inTopic(after, t))))
}

/**
 * The releases listed now that were not before, when that is all that changed in which list
 * holds what (a release already listed kept its topics); else undefined.
 */
function newlyListed(before: Listed[], after: Listed[]): string[] | undefined {
  const topicsBefore = new Map(before.map((r) => [r.id, r.topics.join('\u0000')]))
  const added: string[] = []
  for (const r of after) {
    const was = topicsBefore.get(r.id)
    if (was === undefined) added.push(r.id)
    else if (was !== r.topics.join('\u0000')) return undefined
  }
  return added
}

type Listed = ReturnType<typeof releasesListed>[number]

/** The ids of the changed press releases, when press releases are all that changed; else null. */
export function pressReleaseIds(changes: ContentChange[] | null): string[] | null {
  return changes?.every((c) => c.collection === 'press-releases') ? changes.map((c) => c.id) : null
}
