import { describe, expect, it } from 'vitest'

import { saveAction, type SaveFacts } from './action'

const save = (facts: Partial<SaveFacts>): SaveFacts => ({
  operation: 'update', restoring: false, drafts: true, draftSave: false, liveBefore: false, statusBefore: 'draft', statusAfter: 'draft', ...facts,
})

describe('what a save was', () => {
  it('is a create, or a restore, whatever the statuses', () => {
    expect(saveAction(save({ operation: 'create', statusAfter: 'published' }))).toBe('create')
    expect(saveAction(save({ restoring: true, statusAfter: 'published' }))).toBe('restore')
  })

  it('is an update for collections without drafts and for draft saves, even over live content', () => {
    expect(saveAction(save({ drafts: false, statusBefore: undefined, statusAfter: undefined }))).toBe('update')
    expect(saveAction(save({ draftSave: true, liveBefore: true, statusBefore: 'published', statusAfter: 'draft' }))).toBe('update')
  })

  it('is a publish when the latest version goes from draft to published, first time or a pending revision', () => {
    expect(saveAction(save({ statusBefore: 'draft', statusAfter: 'published', liveBefore: false }))).toBe('publish')
    expect(saveAction(save({ statusBefore: 'draft', statusAfter: 'published', liveBefore: true }))).toBe('publish')
  })

  it('is an unpublish when live content is saved as a draft without draft=true', () => {
    expect(saveAction(save({ statusBefore: 'published', statusAfter: 'draft', liveBefore: true }))).toBe('unpublish')
    // A pending draft over a published document, taken down.
    expect(saveAction(save({ statusBefore: 'draft', statusAfter: 'draft', liveBefore: true }))).toBe('unpublish')
  })

  it('is an update when live content is edited and stays published', () => {
    expect(saveAction(save({ statusBefore: 'published', statusAfter: 'published', liveBefore: true }))).toBe('update')
  })

  it('falls back to the latest version for whether it was live when that was not read (a bulk update)', () => {
    expect(saveAction(save({ statusBefore: 'published', statusAfter: 'draft', liveBefore: null }))).toBe('unpublish')
    expect(saveAction(save({ statusBefore: 'draft', statusAfter: 'draft', liveBefore: null }))).toBe('update')
  })
})
