import { GraphQLError } from 'graphql'

// graphql-js 16 has no switch for its "Did you mean …?" hints (17 adds hideSuggestions); they
// always close the message, so cutting from the hint onwards removes them.
const suggestion = /\s*Did you mean\b[\s\S]*$/

/**
 * An error without graphql-js's field, type and enum name suggestions, which map the schema.
 * Duck-typed: graphql-http may hold the CommonJS copy of GraphQLError and this module the ESM one.
 */
export function stripSuggestions(err: Readonly<Error | GraphQLError>): Readonly<Error | GraphQLError> {
  if (!suggestion.test(err.message)) return err
  const message = err.message.replace(suggestion, '')
  if (!('locations' in err)) return new Error(message)
  return new GraphQLError(message, {
    nodes: err.nodes,
    source: err.source,
    positions: err.positions,
    path: err.path,
    originalError: err.originalError,
    extensions: err.extensions,
  })
}
