// The shape of the mock's data set: what data-set.ts builds and what a caller may pass instead.

/**
 * A data set for the mock: Omise objects by the path that retrieves them, and lists by the path that
 * pages them. Any path it does not hold answers 404 `not_found`.
 */
export interface MockData {
  /** Each object, by its location: `/transactions/trxn_test_...`. */
  objects: ReadonlyMap<string, object>;
  /** Each list's items, oldest first, by the list's path: `/customers/cust_test_.../cards`. */
  lists: ReadonlyMap<string, readonly object[]>;
}
