// The mock's data set: every object and list of openapi.yaml's 200 examples, then the fixtures
// (fixtures.ts) over them. A new operation's examples answer with no line written here: an object is
// held under its location (the path that retrieves it), a list example's items under the list's path.
import { operationTable } from '../../generated/operations.js';
import { responses } from '../../generated/responses.js';
import { fixtureData } from './fixtures.js';
import type { MockData } from './mock-data.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const createdAt = (item: object): number => Date.parse(String((item as { created_at?: unknown }).created_at)) || 0;

// Each 200 example of each operation, as a copy: answers never share objects with the caller.
function examplesData(): { objects: Map<string, object>; lists: Map<string, object[]> } {
  const objects = new Map<string, object>();
  const lists = new Map<string, object[]>();
  for (const [id, declared] of Object.entries(responses)) {
    const operation = operationTable[id]!;
    for (const example of Object.values(declared['200']?.examples ?? {})) {
      if (!isObject(example) || typeof example.location !== 'string') continue;
      const copy = structuredClone(example);
      if (!operation.list || !Array.isArray(copy.data)) {
        objects.set(copy.location as string, copy);
        continue;
      }
      // Examples of one list (a page, another window, an empty one) are pages of the same list.
      const items = lists.get(copy.location as string) ?? [];
      for (const item of copy.data) if (isObject(item) && !items.some((held) => (held as { id?: unknown }).id === item.id)) items.push(item);
      lists.set(copy.location as string, items.sort((a, b) => createdAt(a) - createdAt(b)));
    }
  }
  return { objects, lists };
}

/**
 * The mock's data set: the objects and lists of openapi.yaml's examples, and the fixtures the
 * MOCK_IDS name (which win where both hold a path). A new copy each call.
 */
export function mockData(): MockData {
  const { objects, lists } = examplesData();
  const fixtures = fixtureData();
  for (const [path, object] of fixtures.objects) objects.set(path, object);
  for (const [path, items] of fixtures.lists) lists.set(path, [...items]);
  // Each item of a list is an object of its own, at its location.
  for (const items of lists.values()) {
    for (const item of items) {
      const location = (item as { location?: unknown }).location;
      if (typeof location === 'string' && !objects.has(location)) objects.set(location, item);
    }
  }
  return { objects, lists };
}
