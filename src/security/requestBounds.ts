/**
 * How much one API request may ask for. Relationships in this content model form cycles
 * (services → missions → offices → services, releases → mission → parent mission …), so the
 * size of an answer grows about tenfold with each level of depth: measured on the demo network,
 * 100 missions are 48 KB at depth 0, 0.5 MB at depth 1 and 8.9 MB at depth 2, and one service at
 * depth 3 is 8.8 MB. A request's cost is therefore counted as `limit × 10^depth` documents, and
 * each kind of caller has a budget. Pure: the API guard and the GraphQL rule apply it.
 */

export type Tier = 'anonymous' | 'staff'

export type Bounds = {
  /** Levels of relationships populated in one answer. */
  maxDepth: number
  /** limit × 10^depth, summed over a GraphQL document's queries. */
  budget: number
  /** Largest page, whatever the depth. */
  maxLimit: number
  /** Conditions in one `where`, counting every operator of every field. */
  maxConditions: number
  /** and/or nested inside each other. */
  maxNesting: number
  /** Values of one `in`, `not_in` or `all`. */
  maxListValues: number
  /** Fields of one `sort`. */
  maxSortFields: number
  /** A `page` past this one is refused: nobody reads that far, and each costs an OFFSET scan. */
  maxPage: number
}

export const BOUNDS: Record<Tier, Bounds> = {
  // The public sites never read the API (they are generated files); what anonymous readers get
  // is for integrations, and is kept small enough that twenty of them at once cost little.
  anonymous: { maxDepth: 1, budget: 100, maxLimit: 100, maxConditions: 20, maxNesting: 3, maxListValues: 100, maxSortFields: 3, maxPage: 1_000 },
  // Signed-in staff: the admin asks for at most depth 1 and pages of 100; bulk reads by id
  // (the admin's relationship fields) need long id lists.
  staff: { maxDepth: 2, budget: 1_000, maxLimit: 1_000, maxConditions: 100, maxNesting: 5, maxListValues: 1_000, maxSortFields: 5, maxPage: 100_000 },
}

/** Anonymous readers who name no depth get depth 0 (ids for relationships): a cheap default. */
export const ANONYMOUS_DEFAULT_DEPTH = 0

/** Payload's own default page size, used in the cost of a request that names none. */
export const DEFAULT_LIMIT = 10

/** Each level of depth multiplies the documents an answer may hold by about this much. */
export const FAN_OUT = 10

/** A refused request: which parameter, and a sentence saying what is allowed. */
export type Refusal = { parameter: string; message: string }

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])

export const costOf = (limit: number, depth: number): number => limit * FAN_OUT ** depth

/** The largest page a tier may ask for at a depth. */
export const largestLimit = (bounds: Bounds, depth: number): number =>
  Math.min(bounds.maxLimit, Math.floor(bounds.budget / FAN_OUT ** depth))

/** A query parameter as a whole number, the way Payload reads it; undefined when absent. */
function wholeNumber(query: Record<string, unknown>, name: string): number | Refusal | undefined {
  if (!(name in query) || query[name] === undefined) return undefined
  const raw = query[name]
  const text = typeof raw === 'string' ? raw.trim() : ''
  if (!/^\d{1,9}$/.test(text)) return { parameter: name, message: `${name} must be a whole number, got ${JSON.stringify(raw).slice(0, 40)}` }
  return Number(text)
}

const isRefusal = (value: unknown): value is Refusal => typeof value === 'object' && value !== null && 'parameter' in value

/**
 * Checks the query of a REST read (GET, or POST with a method override to GET) against the
 * tier's bounds. `query` is the parsed query string (qs, as Payload parses it).
 */
export function checkReadQuery(query: Record<string, unknown>, tier: Tier, defaultDepth: number): Refusal | null {
  const bounds = BOUNDS[tier]
  const depthParam = wholeNumber(query, 'depth')
  if (isRefusal(depthParam)) return depthParam
  const depth = depthParam ?? defaultDepth
  if (depth > bounds.maxDepth) {
    return { parameter: 'depth', message: `depth may be at most ${bounds.maxDepth} for ${describe(tier)} (asked ${depth})` }
  }
  const limitParam = wholeNumber(query, 'limit')
  if (isRefusal(limitParam)) return limitParam
  const page = wholeNumber(query, 'page')
  if (isRefusal(page)) return page
  if (page !== undefined && page > bounds.maxPage) return { parameter: 'page', message: `page may be at most ${bounds.maxPage}` }

  const where = parseWhere(query.where)
  if (isRefusal(where)) return where
  const everything = limitParam === 0 || String(query.pagination ?? '').trim() === 'false'
  if (everything) {
    // The admin's relationship fields read the chosen documents by id, all at once, at depth 0.
    // Any other unpaged read could be the whole collection.
    const byIds = tier === 'staff' && depth === 0 && idListLength(where) !== null
    if (!byIds) {
      const parameter = limitParam === 0 ? 'limit' : 'pagination'
      return { parameter, message: `${parameter === 'limit' ? 'limit=0' : 'pagination=false'} reads every document; ask for pages of at most ${largestLimit(bounds, depth)} (at depth ${depth})` }
    }
  } else {
    const limit = limitParam ?? DEFAULT_LIMIT
    const largest = largestLimit(bounds, depth)
    if (limit > largest) {
      return { parameter: 'limit', message: `limit may be at most ${largest} at depth ${depth} for ${describe(tier)} (asked ${limit})` }
    }
  }
  const whereRefusal = checkWhere(where, bounds)
  if (whereRefusal) return whereRefusal
  return checkSort(query.sort, bounds)
}

/** Only `depth` matters for writes: the saved document comes back populated to it. */
export function checkWriteQuery(query: Record<string, unknown>, tier: Tier, defaultDepth: number): Refusal | null {
  const bounds = BOUNDS[tier]
  const depthParam = wholeNumber(query, 'depth')
  if (isRefusal(depthParam)) return depthParam
  const depth = depthParam ?? defaultDepth
  if (depth > bounds.maxDepth) return { parameter: 'depth', message: `depth may be at most ${bounds.maxDepth} for ${describe(tier)} (asked ${depth})` }
  const where = parseWhere(query.where)
  if (isRefusal(where)) return where
  return checkWhere(where, bounds)
}

const describe = (tier: Tier) => (tier === 'anonymous' ? 'anonymous readers' : 'signed-in users')

function parseWhere(raw: unknown): unknown | Refusal {
  if (typeof raw !== 'string') return raw
  if (raw.trim() === '') return undefined
  try {
    return JSON.parse(raw)
  } catch {
    return { parameter: 'where', message: 'where must be an object or a JSON object' }
  }
}

/** The number of ids when the whole query is `{ id: { in: [...] } }` (possibly inside one `and`), else null. */
function idListLength(where: unknown): number | null {
  if (!isObject(where)) return null
  const keys = Object.keys(where)
  if (keys.length !== 1) return null
  if (keys[0] === 'and' && Array.isArray(where.and) && where.and.length === 1) return idListLength(where.and[0])
  if (keys[0] !== 'id' || !isObject(where.id)) return null
  const inList = where.id.in
  return listValues(inList)
}

function listValues(value: unknown): number | null {
  if (Array.isArray(value)) return value.length
  // Payload splits a comma-separated string for list operators.
  if (typeof value === 'string') return value.split(',').length
  if (isObject(value)) return Object.keys(value).length
  return null
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Walks a `where` once: conditions, and/or nesting and list lengths. */
export function checkWhere(where: unknown, bounds: Bounds): Refusal | null {
  if (where === undefined || where === null || where === '') return null
  let conditions = 0
  const walk = (node: unknown, nesting: number, path: string): Refusal | null => {
    if (!isObject(node)) return { parameter: 'where', message: `where${path} must be an object` }
    for (const [key, value] of Object.entries(node)) {
      const lower = key.toLowerCase()
      if (lower === 'and' || lower === 'or') {
        if (nesting + 1 > bounds.maxNesting) return { parameter: 'where', message: `and/or may be nested at most ${bounds.maxNesting} deep` }
        const branches = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : null
        if (!branches) return { parameter: 'where', message: `where${path}.${key} must be a list of conditions` }
        for (const [i, branch] of branches.entries()) {
          const refusal = walk(branch, nesting + 1, `${path}.${key}[${i}]`)
          if (refusal) return refusal
        }
        continue
      }
      if (!isObject(value)) return { parameter: 'where', message: `where${path}.${key} must name an operator, such as { equals: … }` }
      for (const [operator, operand] of Object.entries(value)) {
        conditions += 1
        if (conditions > bounds.maxConditions) return { parameter: 'where', message: `where may hold at most ${bounds.maxConditions} conditions` }
        if (LIST_OPERATORS.has(operator)) {
          const count = listValues(operand) ?? 1
          if (count > bounds.maxListValues) {
            return { parameter: 'where', message: `where${path}.${key}.${operator} may list at most ${bounds.maxListValues} values (got ${count})` }
          }
        }
      }
    }
    return null
  }
  return walk(where, 0, '')
}

function checkSort(sort: unknown, bounds: Bounds): Refusal | null {
  if (sort === undefined) return null
  const fields = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : null
  if (!fields) return { parameter: 'sort', message: 'sort must be a field name or a comma-separated list of them' }
  if (fields.length > bounds.maxSortFields) return { parameter: 'sort', message: `sort may name at most ${bounds.maxSortFields} fields` }
  return null
}
