import { ValidationError } from 'payload'
import { expect } from 'vitest'

export type FieldError = { path: string; message: string }

/** Awaits a write that must fail validation and returns the field errors Payload reported. */
export async function fieldErrors(write: Promise<unknown>): Promise<FieldError[]> {
  const error = await write.then(
    (doc) => {
      throw new Error(`expected a ValidationError, but the write succeeded: ${JSON.stringify(doc).slice(0, 300)}`)
    },
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).data.errors as FieldError[]
}

/** The write fails with an error on exactly this field path whose message matches. */
export async function expectFieldError(write: Promise<unknown>, path: string, message: RegExp): Promise<void> {
  const errors = await fieldErrors(write)
  expect(errors.map((e) => e.path), JSON.stringify(errors)).toContain(path)
  expect(errors.find((e) => e.path === path)!.message).toMatch(message)
}
