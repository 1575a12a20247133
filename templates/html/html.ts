import { escapeHtml } from './escape'

/** Markup that is already safe to emit. Only `html` and `trustedHtml` make one. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

/**
 * What may be interpolated into `html`: text is escaped, SafeHtml is kept, arrays are
 * joined, and null/undefined/false render nothing (so `cond && html\`…\`` reads naturally).
 * `true` is left out on purpose: it would print "true".
 */
export type Renderable = SafeHtml | string | number | null | undefined | false | readonly Renderable[]

function render(value: Renderable): string {
  if (value instanceof SafeHtml) return value.value
  if (typeof value === 'string') return escapeHtml(value)
  if (typeof value === 'number') return String(value)
  if (value === null || value === undefined || value === false) return ''
  let out = ''
  for (const item of value) out += render(item)
  return out
}

/** Tagged template that escapes every interpolation by default. */
export function html(strings: TemplateStringsArray, ...values: Renderable[]): SafeHtml {
  let out = strings[0]
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]
  return new SafeHtml(out)
}

/**
 * The one visible opt-out of escaping, for HTML that was sanitized upstream (the loader
 * sanitizes rich text into `…Html` fields). Grep for it to audit every raw insertion.
 */
export function trustedHtml(sanitized: string): SafeHtml {
  return new SafeHtml(sanitized)
}

/** Joins rendered parts with a separator (itself escaped unless SafeHtml). */
export function join(parts: readonly Renderable[], separator: Renderable = ''): SafeHtml {
  const sep = render(separator)
  return new SafeHtml(parts.map(render).join(sep))
}
