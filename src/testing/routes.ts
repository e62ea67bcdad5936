// Which operation a request path asks for, from the operation table's path templates: a new operation
// in openapi.yaml is a route of the mock with no line written here.
import { operationTable } from '../../generated/operations.js';
import type { Operation } from '../operations/table.js';

/** A path the API has, with its ids as sent. */
export interface Route {
  operation: Operation;
  /** The path arguments in the order of the path, percent-decoded, each cut to `maxId` characters. */
  ids: string[];
  /** The path with those ids: what the data set is looked up by, and what an answer's location names. */
  path: string;
}

const escaped = (text: string): string => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

const ROUTES = Object.values(operationTable).map((operation) => ({
  operation,
  pattern: new RegExp(`^${escaped(operation.path).replace(/\{[^}]+\}/g, '([^/]+)')}/?$`),
}));

function decoded(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    // A malformed escape is an id that exists nowhere: the 404 names it as sent.
    return raw;
  }
}

/** The route of a GET to `pathname`; null for a path (or a method) the API does not have. */
export function routeOf(method: string, pathname: string, maxId: number): Route | null {
  if (method !== 'GET') return null;
  for (const { operation, pattern } of ROUTES) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    const ids = match.slice(1).map((raw) => decoded(raw).slice(0, maxId));
    // An id is one path segment: a %2F decoded into a slash names nothing here (the data set is
    // looked up by path, where it would name another object).
    const path = ids.some((id) => id.includes('/'))
      ? '\u0000'
      : operation.pathArguments.reduce((built, argument, i) => built.replace(`{${argument.name}}`, () => ids[i]!), operation.path);
    return { operation, ids, path };
  }
  return null;
}
