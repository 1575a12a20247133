import {
  GraphQLError, Kind, getNamedType, parse, visit, isInterfaceType, isObjectType, typeFromAST, valueFromASTUntyped,
  type ASTVisitor, type ExecutionArgs, type FieldNode, type GraphQLField, type GraphQLNamedType,
  type GraphQLSchema, type SelectionSetNode, type ValidationContext, type ValidationRule,
  // The file Node itself resolves for 'graphql' (the package has no exports map), and so the one
  // Payload's schema was built with: a bundler resolving 'graphql' to index.mjs would load a
  // second copy, whose type checks refuse the first one's schema.
} from 'graphql/index.js'

import { BOUNDS, DEFAULT_LIMIT, FAN_OUT, checkWhere, costOf, largestLimit, type Refusal, type Tier } from './requestBounds'

type Variables = Record<string, unknown> | null | undefined

/** A GraphQL document is a few hundred characters; data travels in variables. */
export const MAX_QUERY_CHARS = 20_000

/**
 * Checked before Payload sees the document: its length, and fragments that spread each other in
 * a cycle. GraphQL's own rule refuses a cycle, but Payload's complexity rule runs beside it,
 * follows the cycle and overflows the stack (answered 500).
 */
export function checkGraphqlDocument(body: unknown): Refusal | null {
  const query = (body as { query?: unknown } | null | undefined)?.query
  if (typeof query !== 'string') return null
  if (query.length > MAX_QUERY_CHARS) return { parameter: 'query', message: `a GraphQL document may be at most ${MAX_QUERY_CHARS} characters; send data in variables` }
  let document
  try {
    document = parse(query, { noLocation: true })
  } catch {
    // GraphQL answers a syntax error itself, in its own format.
    return null
  }
  const spreads = new Map<string, Set<string>>()
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue
    const names = new Set<string>()
    visit(definition.selectionSet, { FragmentSpread: (node) => void names.add(node.name.value) })
    spreads.set(definition.name.value, names)
  }
  const state = new Map<string, 'open' | 'done'>()
  const cycles = (name: string): boolean => {
    if (state.get(name) === 'done') return false
    if (state.get(name) === 'open') return true
    state.set(name, 'open')
    for (const next of spreads.get(name) ?? []) if (cycles(next)) return true
    state.set(name, 'done')
    return false
  }
  for (const name of spreads.keys()) {
    if (cycles(name)) return { parameter: 'query', message: `fragment ${name} spreads itself (through other fragments)` }
  }
  return null
}
type PayloadFieldExtension = { field?: { type?: string } }

/** Rich text answers populate uploads and relationships inside the text to their own `depth` argument. */
const POPULATING = new Set(['relationship', 'upload', 'join'])
const MAX_ROOT_FIELDS = 20

/**
 * The same bounds as REST, read from the shape of a GraphQL document before it runs: in GraphQL
 * depth is how many relationship fields are nested along one path, and a list query's `limit`
 * times 10 per level of depth is its cost; a document's queries (aliases included) share one
 * budget. Payload's complexity limit stays, but it counts a relationship as 10 whatever sits
 * below it, so a query nested six relationships deep passed it.
 */
export function graphqlBoundsRule(args: Pick<ExecutionArgs, 'contextValue' | 'variableValues'>, defaultDepth: number): ValidationRule {
  const tier = tierOfContext(args.contextValue)
  const variables = args.variableValues as Variables
  return (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      for (const definition of document.definitions) {
        if (definition.kind !== 'OperationDefinition') continue
        const root = definition.operation === 'mutation' ? context.getSchema().getMutationType() : context.getSchema().getQueryType()
        if (!root) continue
        const refusal = checkOperation(context, root, definition.selectionSet, tier, variables, defaultDepth)
        if (refusal) context.reportError(new GraphQLError(refusal.message, { extensions: { parameter: refusal.parameter, code: 'BOUNDS' } }))
      }
      return false
    },
  })
}

export function tierOfContext(contextValue: unknown): Tier {
  const user = (contextValue as { req?: { user?: { collection?: string } | null } } | undefined)?.req?.user
  return user && user.collection === 'users' ? 'staff' : 'anonymous'
}

function checkOperation(
  context: ValidationContext, root: GraphQLNamedType, selectionSet: SelectionSetNode, tier: Tier, variables: Variables, defaultDepth: number,
): Refusal | null {
  const bounds = BOUNDS[tier]
  const rootFields = fieldsOf(context, selectionSet, root, new Set())
  const walk: Walk = { context, variables, defaultDepth, fragments: new Map() }
  if (rootFields.length > MAX_ROOT_FIELDS) return { parameter: 'query', message: `a document may ask at most ${MAX_ROOT_FIELDS} queries at once` }
  let total = 0
  for (const { node, type } of rootFields) {
    if (node.name.value.startsWith('__')) continue
    const definition = fieldDefinition(type, node.name.value)
    if (!definition) continue
    const argument = (name: string) => {
      const arg = node.arguments?.find((a) => a.name.value === name)
      return arg ? valueFromASTUntyped(arg.value, variables ?? undefined) : undefined
    }
    const returned = getNamedType(definition.type)
    const paginated = isObjectType(returned) && 'docs' in returned.getFields() && 'totalDocs' in returned.getFields()
    const depth = relationshipDepth(walk, node.selectionSet, returned, new Set(), 0)
    if (typeof depth !== 'number') return depth
    if (depth > bounds.maxDepth) {
      return { parameter: 'depth', message: `${node.name.value} nests relationships ${depth} deep; at most ${bounds.maxDepth} for ${tier === 'anonymous' ? 'anonymous readers' : 'signed-in users'}` }
    }
    let documents = 1
    if (paginated) {
      const limit = argument('limit')
      const pagination = argument('pagination')
      if (pagination === false) return { parameter: 'pagination', message: `pagination: false reads every document; ask for pages of at most ${largestLimit(bounds, depth)}` }
      if (limit !== undefined && limit !== null && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1)) {
        return { parameter: 'limit', message: `${node.name.value}: limit must be a whole number from 1 to ${largestLimit(bounds, depth)}${limit === 0 ? ' (0 would read every document)' : ''}` }
      }
      documents = typeof limit === 'number' ? limit : DEFAULT_LIMIT
      if (documents > largestLimit(bounds, depth)) {
        return { parameter: 'limit', message: `${node.name.value}: limit may be at most ${largestLimit(bounds, depth)} at depth ${depth} (asked ${documents})` }
      }
      const page = argument('page')
      if (typeof page === 'number' && page > bounds.maxPage) return { parameter: 'page', message: `page may be at most ${bounds.maxPage}` }
      const sort = argument('sort')
      if (typeof sort === 'string' && sort.split(',').length > bounds.maxSortFields) return { parameter: 'sort', message: `sort may name at most ${bounds.maxSortFields} fields` }
    }
    const where = argument('where')
    if (where !== undefined && where !== null) {
      const refusal = checkWhere(where, bounds)
      if (refusal) return refusal
    }
    total += costOf(documents, depth)
  }
  if (total > bounds.budget) {
    return { parameter: 'limit', message: `this document asks for about ${total} documents (limit × ${FAN_OUT} per level of depth, all queries together); at most ${bounds.budget}` }
  }
  return null
}

type Located = { node: FieldNode; type: GraphQLNamedType }

/** The root fields of an operation, fragments spread in; stops counting past the most allowed. */
function fieldsOf(context: ValidationContext, selectionSet: SelectionSetNode | undefined, type: GraphQLNamedType, spreading: Set<string>, found: Located[] = []): Located[] {
  if (!selectionSet) return found
  const schema: GraphQLSchema = context.getSchema()
  for (const selection of selectionSet.selections) {
    if (found.length > MAX_ROOT_FIELDS) break
    if (selection.kind === 'Field') found.push({ node: selection, type })
    else if (selection.kind === 'InlineFragment') {
      const on = selection.typeCondition ? (typeFromAST(schema, selection.typeCondition) as GraphQLNamedType | undefined) : type
      fieldsOf(context, selection.selectionSet, on ?? type, spreading, found)
    } else {
      const name = selection.name.value
      // A fragment that spreads itself is refused by GraphQL's own rules; here it must only not loop.
      if (spreading.has(name)) continue
      const fragment = context.getFragment(name)
      if (!fragment) continue
      const on = typeFromAST(schema, fragment.typeCondition) as GraphQLNamedType | undefined
      fieldsOf(context, fragment.selectionSet, on ?? type, new Set([...spreading, name]), found)
    }
  }
  return found
}

function fieldDefinition(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (isObjectType(type) || isInterfaceType(type)) return type.getFields()[name]
  return undefined
}

/** Selection sets nested deeper than this are refused outright, whatever they select. */
const MAX_NESTING = 40

type Walk = { context: ValidationContext; variables: Variables; defaultDepth: number; fragments: Map<string, number | Refusal> }

/**
 * The most relationship fields nested along any path below a selection set. A fragment's depth
 * does not depend on where it is spread, so each is measured once: fragments spreading each
 * other twice per level would otherwise take exponential time to walk.
 */
function relationshipDepth(walk: Walk, selectionSet: SelectionSetNode | undefined, type: GraphQLNamedType, spreading: Set<string>, nesting: number): number | Refusal {
  if (!selectionSet) return 0
  if (nesting > MAX_NESTING) return { parameter: 'query', message: `selections may be nested at most ${MAX_NESTING} deep` }
  const schema = walk.context.getSchema()
  let deepest = 0
  for (const selection of selectionSet.selections) {
    let depth: number | Refusal = 0
    if (selection.kind === 'Field') {
      const definition = fieldDefinition(type, selection.name.value)
      if (!definition) continue
      const payloadField = (definition.extensions as PayloadFieldExtension | undefined)?.field
      let own = payloadField?.type && POPULATING.has(payloadField.type) ? 1 : 0
      if (payloadField?.type === 'richText') {
        const arg = selection.arguments?.find((a) => a.name.value === 'depth')
        const asked = arg ? valueFromASTUntyped(arg.value, walk.variables ?? undefined) : walk.defaultDepth
        if (typeof asked !== 'number' || !Number.isInteger(asked) || asked < 0) return { parameter: 'depth', message: `${selection.name.value}(depth:) must be a whole number` }
        own = asked
      }
      const below = relationshipDepth(walk, selection.selectionSet, getNamedType(definition.type), spreading, nesting + 1)
      if (typeof below !== 'number') return below
      depth = own + below
    } else if (selection.kind === 'InlineFragment') {
      const on = selection.typeCondition ? (typeFromAST(schema, selection.typeCondition) as GraphQLNamedType | undefined) : type
      depth = relationshipDepth(walk, selection.selectionSet, on ?? type, spreading, nesting + 1)
    } else {
      const name = selection.name.value
      if (spreading.has(name)) continue
      const known = walk.fragments.get(name)
      if (known !== undefined) depth = known
      else {
        const fragment = walk.context.getFragment(name)
        if (!fragment) continue
        const on = typeFromAST(schema, fragment.typeCondition) as GraphQLNamedType | undefined
        depth = relationshipDepth(walk, fragment.selectionSet, on ?? type, new Set([...spreading, name]), nesting + 1)
        walk.fragments.set(name, depth)
      }
    }
    if (typeof depth !== 'number') return depth
    deepest = Math.max(deepest, depth)
  }
  return deepest
}
