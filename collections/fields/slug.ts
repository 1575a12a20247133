import type { TextField } from 'payload'

import { checkSlug } from '../../src/validation/slug'

/** URL segment; uniqueness is per collection or per mission, decided by the caller. */
export function slugField(overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    index: true,
    admin: { position: 'sidebar', description: 'Lower-case letters, digits and hyphens; part of the page address.' },
    validate: (value: unknown) => checkSlug(value),
    ...overrides,
  } as TextField
}
