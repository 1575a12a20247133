import { editorConfigFactory, getEnabledNodes, $createAutoLinkNode, $createLinkNode, RelationshipServerNode, UploadServerNode } from '@payloadcms/richtext-lexical'
import { $createLineBreakNode, $createParagraphNode, $createTabNode, $createTextNode, $getRoot, type LexicalNode } from '@payloadcms/richtext-lexical/lexical'
import { createHeadlessEditor } from '@payloadcms/richtext-lexical/lexical/headless'
import { $createListItemNode, $createListNode } from '@payloadcms/richtext-lexical/lexical/list'
import { $createHeadingNode, $createQuoteNode } from '@payloadcms/richtext-lexical/lexical/rich-text'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../../src/seed/lexical'
import { fieldErrorsOf, restClient, tokenFor, withoutJobRunner, type Rest } from '../support/restRequest'
import { startTestPayload, type TestPayload } from '../support/testPayload'
import { createMission } from './helpers/missions'

/**
 * Issue 20, "A script through rich text": the tree is checked on every save, drafts included,
 * in every rich-text field (press releases, mission pages, services, the ministry's charter),
 * and what the real editor writes still saves.
 */
let t: TestPayload
let restoreJobs: () => void
let madrid: string
let mediaId: string
let admin: Rest
let missionEditor: Rest
const PASSWORD = 'rich-text-test-password-0123'

beforeAll(async () => {
  restoreJobs = withoutJobRunner()
  t = await startTestPayload()
  madrid = (await createMission(t.payload, 'madrid')).id
  const png = await sharp({ create: { width: 16, height: 12, channels: 3, background: '#0b3d91' } }).png().toBuffer()
  mediaId = (await t.payload.create({ collection: 'media', data: { alt: 'Bandera del Ecuador' } as never, file: { data: png, mimetype: 'image/png', name: 'bandera.png', size: png.length } })).id
  for (const [email, role, missions] of [['admin@rich.example.org', 'ministry-admin', []], ['madrid@rich.example.org', 'mission-editor', [madrid]]] as const) {
    await t.payload.create({ collection: 'users', data: { email, password: PASSWORD, name: role, role, missions: [...missions] } as never })
  }
  admin = restClient(t, await tokenFor(t, 'admin@rich.example.org', PASSWORD))
  missionEditor = restClient(t, await tokenFor(t, 'madrid@rich.example.org', PASSWORD))
})
afterAll(async () => {
  await t?.close()
  restoreJobs?.()
})

const text = (value: unknown) => ({ type: 'text', text: value, detail: 0, format: 0, mode: 'normal', style: '', version: 1 })
const paragraph = (children: unknown[], extra: Record<string, unknown> = {}) => ({ type: 'paragraph', children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra })
const body = (...children: unknown[]) => ({ root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } })

/** The upload node of the report: its value an inline document whose url is a script. */
const plantedUpload = () => ({
  type: 'upload', version: 3, format: '', fields: {}, id: '6b0fdfd4df317e68691b7693', relationTo: 'media',
  value: { id: mediaId, mimeType: 'text/html', url: 'javascript:alert(6)', filename: 'Ver documento' },
})

const HOSTILE_BODIES: [string, unknown, RegExp][] = [
  ['an upload carrying an inline document', body(paragraph([text('Texto.')]), plantedUpload()), /body: block 2 \(upload\): "value" must be the id of a document, not an object \(documents are referenced, never embedded\)/],
  ['an unknown node', body({ type: 'unknown-thing', version: 1 }), /body: block 1: "unknown-thing" is not a kind of content this editor has/],
  ['a text that is not a string', body(paragraph([text(['x'])])), /body: block 1 \(paragraph\) › item 1 \(text\): "text" must be text, not a list/],
  ['an indent that is not a number', body(paragraph([text('x')], { indent: 'NaN' })), /body: block 1 \(paragraph\): "indent" must be a whole number from 0 to 10/],
  ['a format out of range', body(paragraph([{ ...text('x'), format: 99999 }])), /"format" must be a whole number from 0 to 2047, not 99999/],
  ['a string that is not a tree', '<script>alert(1)</script>', /body: must be a Lexical editor state/],
]

const release = (slug: string, extra: Record<string, unknown>) => ({ title: 'Comunicado', slug, summary: 'Resumen.', ...extra })

describe('rich text is refused on save when the editor could not have written it', () => {
  it.each(HOSTILE_BODIES)('%s: a mission editor’s draft is refused and nothing is stored', async (_, hostile, message) => {
    const before = (await t.payload.count({ collection: 'press-releases' })).totalDocs
    const answer = await missionEditor('POST', '/api/press-releases?draft=true', release('planted', { body: hostile, _status: 'draft' }))
    expect(answer.status, answer.text).toBe(400)
    const errors = fieldErrorsOf(answer)
    expect(errors.map(([path]) => path)).toEqual(['body'])
    expect(errors[0][1]).toMatch(message)
    expect((await t.payload.count({ collection: 'press-releases' })).totalDocs).toBe(before)
  })

  it('on an update of a draft and of a published release, leaving both as they were', async () => {
    const draft = (await missionEditor('POST', '/api/press-releases?draft=true&depth=0', release('borrador', { _status: 'draft' }))).json.doc
    const answer = await missionEditor('PATCH', `/api/press-releases/${draft.id}?draft=true`, { body: body(plantedUpload()) })
    expect(answer.status, answer.text).toBe(400)
    const published = (await admin('POST', '/api/press-releases?depth=0', release('publicado', { mission: madrid, _status: 'published', body: richText({ paragraphs: ['Texto.'] }) }))).json.doc
    const refused = await admin('PATCH', `/api/press-releases/${published.id}`, { body: body(plantedUpload()) })
    expect(refused.status, refused.text).toBe(400)
    const stored = await t.payload.findByID({ collection: 'press-releases', id: published.id, depth: 0, draft: true })
    expect(JSON.stringify(stored.body)).not.toMatch(/javascript/)
  })

  it('through the Local API too (server code gets no pass for rich text)', async () => {
    await expect(t.payload.create({ collection: 'press-releases', draft: true, data: release('local', { body: body(plantedUpload()), _status: 'draft' }) as never }))
      .rejects.toThrow(/The following field is invalid: body/)
  })

  it.each([
    ['mission pages', '/api/mission-pages?draft=true', { mission: madrid, kind: 'about', title: 'Sobre', _status: 'draft' }],
    ['services', '/api/services?draft=true', { title: 'Pasaporte', slug: 'pasaporte', summary: 'R.', _status: 'draft' }],
  ])('in %s', async (_, path, data) => {
    const answer = await admin('POST', path, { ...data, body: body(plantedUpload()) })
    expect(answer.status, answer.text).toBe(400)
    expect(fieldErrorsOf(answer).map(([p]) => p)).toEqual(['body'])
  })

  it('in the ministry’s charter', async () => {
    const answer = await admin('POST', '/api/globals/ministry', { charter: body({ type: 'script', version: 1 }) })
    expect(answer.status, answer.text).toBe(400)
    expect(fieldErrorsOf(answer)).toEqual([['charter', 'charter: block 1: "script" is not a kind of content this editor has']])
  })
})

describe('what the real editor writes still saves', () => {
  /** Every kind of node the configured editor has, as Lexical itself serialises them. */
  async function everyNodeTheEditorHas() {
    const editorConfig = await editorConfigFactory.default({ config: t.payload.config })
    const editor = createHeadlessEditor({ nodes: getEnabledNodes({ editorConfig }), onError: (e) => { throw e } })
    editor.update(() => {
      const styled = $createParagraphNode()
      styled.setFormat('center')
      styled.setIndent(2)
      const bold = $createTextNode('negrita')
      bold.toggleFormat('bold')
      bold.toggleFormat('underline')
      const link = $createLinkNode({ fields: { url: 'https://www.cancilleria.gob.ec/', newTab: true, linkType: 'custom' } })
      link.append($createTextNode('enlace'))
      const auto = $createAutoLinkNode({ fields: { url: 'https://www.gob.ec/', linkType: 'custom', newTab: false } })
      auto.append($createTextNode('www.gob.ec'))
      const internal = $createLinkNode({ fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'missions', value: madrid } } as never })
      internal.append($createTextNode('Madrid'))
      styled.append(bold, $createLineBreakNode(), $createTabNode(), link, auto, internal)
      const heading = $createHeadingNode('h3')
      heading.append($createTextNode('Título'))
      const quote = $createQuoteNode()
      quote.append($createTextNode('Cita'))
      const checks = $createListNode('check')
      const item = $createListItemNode(true)
      item.append($createTextNode('hecho'))
      checks.append(item)
      const numbers = $createListNode('number', 3)
      const nested = $createListItemNode()
      const inner = $createListNode('bullet')
      const innerItem = $createListItemNode()
      innerItem.append($createTextNode('dentro'))
      inner.append(innerItem)
      nested.append(inner)
      numbers.append(nested)
      const upload = new UploadServerNode({ data: { fields: {}, id: '6b0fdfd4df317e68691b7695', relationTo: 'media', value: mediaId } as never })
      const relationship = new RelationshipServerNode({ data: { relationTo: 'missions', value: madrid } as never })
      const rule = editorConfig.resolvedFeatureMap.get('horizontalRule')!.nodes![0].node as unknown as new () => LexicalNode
      $getRoot().append(styled, heading, quote, checks, numbers, upload as unknown as LexicalNode, relationship as unknown as LexicalNode, new rule())
    }, { discrete: true })
    return editor.getEditorState().toJSON()
  }

  it('every node of the configured editor, saved as a draft, published, and sent back as read', async () => {
    const state = await everyNodeTheEditorHas()
    const types = new Set<string>()
    const walk = (node: { type: string; children?: unknown[] }) => { types.add(node.type); (node.children as typeof node[] | undefined)?.forEach(walk) }
    walk(state.root as never)
    expect([...types].sort()).toEqual(['autolink', 'heading', 'horizontalrule', 'linebreak', 'link', 'list', 'listitem', 'paragraph', 'quote', 'relationship', 'root', 'tab', 'text', 'upload'])

    const draft = await missionEditor('POST', '/api/press-releases?draft=true&depth=0', release('editor-real', { body: state, _status: 'draft' }))
    expect(draft.status, draft.text).toBe(201)
    const published = await admin('PATCH', `/api/press-releases/${draft.json.doc.id}?depth=0`, { _status: 'published' })
    expect(published.status, published.text).toBe(200)
    // The admin edits what a depth-0 read returns, and sends it back whole.
    const read = await admin('GET', `/api/press-releases/${draft.json.doc.id}?depth=0&draft=true`)
    const again = await admin('PATCH', `/api/press-releases/${draft.json.doc.id}?depth=0`, read.json)
    expect(again.status, again.text).toBe(200)
    expect(again.json.doc.body).toEqual(state)
  })

  it('the seed’s charter in the ministry’s settings', async () => {
    const charter = await admin('POST', '/api/globals/ministry', { name: 'Ministerio', baseUrl: 'https://www.example.gob.ec', charter: richText({ heading: 'Carta', paragraphs: ['Uno', 'Dos'] }) })
    expect(charter.status, charter.text).toBe(200)
  })
})
