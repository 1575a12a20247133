import { describe, expect, it } from 'vitest'

import { richText } from '../seed/lexical'
import { checkLexicalTree, MAX_DEPTH, type LexicalRules } from './lexicalTree'

const MEDIA_ID = '0b0e7a52-3a4e-4f57-9d33-5c1c3a8f0a11'
const rules: LexicalRules = {
  isId: (value) => typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value),
  uploadCollections: ['media'],
  relationCollections: ['missions', 'press-releases', 'media'],
}

const textNode = (text: unknown, extra: Record<string, unknown> = {}) => ({ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1, ...extra })
const paragraph = (children: unknown[], extra: Record<string, unknown> = {}) => ({ type: 'paragraph', children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra })
const state = (...children: unknown[]) => ({ root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } })
const upload = (value: unknown) => ({ type: 'upload', version: 3, format: '', fields: {}, id: '6b0fdfd4df317e68691b7693', relationTo: 'media', value })

describe('checkLexicalTree: what the editor writes', () => {
  it('takes the seed’s headings and paragraphs, left-to-right and right-to-left', () => {
    expect(checkLexicalTree(richText({ heading: 'Título', paragraphs: ['Uno', 'Dos'] }), rules)).toBe(true)
    expect(checkLexicalTree(richText({ paragraphs: ['مرحبا'], direction: 'rtl' }), rules)).toBe(true)
  })

  it('takes an empty value, leaving "required" to the field', () => {
    expect(checkLexicalTree(null, rules)).toBe(true)
    expect(checkLexicalTree(undefined, rules)).toBe(true)
    expect(checkLexicalTree(state(), rules)).toBe(true)
  })

  it('takes uploads and relationships by id, formatted and indented text, lists, quotes and links', () => {
    const value = state(
      paragraph([textNode('bold', { format: 9 }), { type: 'linebreak', version: 1 }, textNode('\t', { type: 'tab', detail: 2 })], { format: 'center', indent: 2, textFormat: 9, textStyle: '' }),
      { type: 'quote', children: [textNode('Q')], direction: null, format: '', indent: 0, version: 1 },
      {
        type: 'list', listType: 'check', start: 1, tag: 'ul', direction: null, format: '', indent: 0, version: 1,
        children: [{ type: 'listitem', checked: true, value: 1, direction: null, format: '', indent: 0, version: 1, children: [textNode('c')] }],
      },
      paragraph([{
        type: 'link', id: '6b0fdfd4df317e68691b7694', version: 3, direction: null, format: '', indent: 0,
        fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'press-releases', value: MEDIA_ID } }, children: [textNode('i')],
      }]),
      upload(MEDIA_ID),
      { type: 'relationship', version: 2, format: '', relationTo: 'missions', value: MEDIA_ID },
      { type: 'horizontalrule', version: 1 },
    )
    expect(checkLexicalTree(value, rules)).toBe(true)
  })
})

describe('checkLexicalTree: what the editor never writes (issue 20)', () => {
  it('refuses an upload carrying an inline document instead of an id (the javascript: link)', () => {
    const inline = { id: MEDIA_ID, mimeType: 'text/html', url: 'javascript:alert(6)', filename: 'x.html' }
    expect(checkLexicalTree(state(upload(inline)), rules)).toBe(
      'block 1 (upload): "value" must be the id of a document, not an object (documents are referenced, never embedded)',
    )
  })

  it('refuses a relationship or an internal link carrying an inline document', () => {
    expect(checkLexicalTree(state({ type: 'relationship', version: 2, format: '', relationTo: 'missions', value: { id: MEDIA_ID, name: 'x' } }), rules))
      .toMatch(/"value" must be the id of a document, not an object/)
    const link = { type: 'link', version: 3, direction: null, format: '', indent: 0, fields: { linkType: 'internal', doc: { relationTo: 'missions', value: { id: MEDIA_ID } } }, children: [] }
    expect(checkLexicalTree(state(paragraph([link])), rules)).toMatch(/^block 1 \(paragraph\) › item 1 \(link\): "fields" "doc" "value" must be the id of a document/)
  })

  it('refuses an upload from a collection that holds no files', () => {
    expect(checkLexicalTree(state({ ...upload(MEDIA_ID), relationTo: 'users' }), rules)).toBe('block 1 (upload): "relationTo" must be one of media, not "users"')
  })

  it('refuses a kind of node the editor does not have, instead of publishing "unknown node"', () => {
    expect(checkLexicalTree(state({ type: 'script', version: 1, children: [] }), rules)).toBe('block 1: "script" is not a kind of content this editor has')
    expect(checkLexicalTree(state(paragraph([{ type: 'block', version: 1, fields: {} }])), rules)).toMatch(/"block" is not a kind of content/)
  })

  it('refuses text that is not a string, instead of blanking the body', () => {
    expect(checkLexicalTree(state(paragraph([textNode('ok'), textNode(42)])), rules)).toBe('block 1 (paragraph) › item 2 (text): "text" must be text, not 42')
    expect(checkLexicalTree(state(paragraph([textNode({ toString: 'x' })])), rules)).toMatch(/"text" must be text, not an object/)
  })

  it('refuses formats and indents that are not numbers in range, instead of rendering NaNpx', () => {
    expect(checkLexicalTree(state(paragraph([], { indent: 'x' })), rules)).toBe('block 1 (paragraph): "indent" must be a whole number from 0 to 10, not "x"')
    expect(checkLexicalTree(state(paragraph([], { indent: 11 })), rules)).toMatch(/"indent" must be a whole number from 0 to 10, not 11/)
    expect(checkLexicalTree(state(paragraph([], { indent: 1.5 })), rules)).toMatch(/"indent" must be a whole number/)
    expect(checkLexicalTree(state(paragraph([], { format: 'sideways' })), rules)).toMatch(/"format" must be one of "", "left"/)
    expect(checkLexicalTree(state(paragraph([textNode('a', { format: 4096 })])), rules)).toMatch(/"format" must be a whole number from 0 to 2047, not 4096/)
    expect(checkLexicalTree(state(paragraph([textNode('a', { format: '1' })])), rules)).toMatch(/"format" must be a whole number from 0 to 2047, not "1"/)
  })

  it('refuses links to scripts and inline data, however they are spelt', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', 'vbscript:x']) {
      const link = { type: 'link', version: 3, direction: null, format: '', indent: 0, fields: { linkType: 'custom', url }, children: [textNode('x')] }
      expect(checkLexicalTree(state(paragraph([link])), rules), url).toMatch(/"fields" "url" must be a web, mail or phone address/)
    }
  })

  it('refuses attributes and keys the editor never writes, and nodes out of place', () => {
    expect(checkLexicalTree(state(paragraph([], { onclick: 'x' })), rules)).toBe('block 1 (paragraph): holds "onclick", which the editor never writes')
    expect(checkLexicalTree({ ...state(), html: '<script>' }, rules)).toBe('holds "html" beside "root", which the editor never writes')
    expect(checkLexicalTree(state(textNode('loose')), rules)).toBe('block 1: "text" cannot stand here')
    expect(checkLexicalTree(state(paragraph([upload(MEDIA_ID)])), rules)).toMatch(/"upload" cannot stand here/)
    expect(checkLexicalTree(state({ type: 'heading', tag: 'h7', children: [], version: 1 }), rules)).toMatch(/"tag" must be h1 to h6/)
  })

  it('refuses what is not an editor state at all', () => {
    expect(checkLexicalTree('<p>hi</p>', rules)).toMatch(/must be a Lexical editor state/)
    expect(checkLexicalTree([], rules)).toMatch(/must be a Lexical editor state/)
    expect(checkLexicalTree({ root: { type: 'paragraph', children: [] } }, rules)).toBe('"root" must be of type "root", not "paragraph"')
    expect(checkLexicalTree(state(paragraph('x' as never)), rules)).toMatch(/"children" must be a list/)
  })

  it('stops at a nesting depth no document has, without exhausting the stack', () => {
    let list: Record<string, unknown> = { type: 'list', listType: 'bullet', tag: 'ul', version: 1, children: [] }
    const top = list
    for (let i = 0; i < 10_000; i++) {
      const inner = { type: 'list', listType: 'bullet', tag: 'ul', version: 1, children: [] }
      ;(list.children as unknown[]).push({ type: 'listitem', version: 1, children: [inner] })
      list = inner
    }
    expect(checkLexicalTree(state(top), rules)).toMatch(new RegExp(`nests deeper than ${MAX_DEPTH} levels`))
  })
})
