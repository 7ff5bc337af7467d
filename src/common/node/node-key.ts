/** How a node's key sits inside its global id; each Node type declares its own in the registry. */
export interface NodeKey {
  /** The shape of the key; a key of any other shape is not an id this API issued. */
  pattern: RegExp;
  /**
   * The parts of the key that are Wise's numeric ids. Wise's ids are int64, but a JavaScript
   * number is exact only up to 2^53 - 1: a larger id would be rounded to another object's id, so
   * a key with one is refused (no id this API issues is that large).
   */
  numericParts(key: string): number[];
}

/** A key that is one Wise numeric id. */
export const numericKey: NodeKey = {
  pattern: /^\d{1,16}$/,
  numericParts: (key) => [Number(key)],
};

/** A key of two Wise numeric ids, `parentId:id` (a balance read through its profile). */
export const numericPairKey: NodeKey = {
  pattern: /^\d{1,16}:\d{1,16}$/,
  numericParts: (key) => key.split(":").map(Number),
};

/** A key of a Wise numeric id and a UUID, `parentId:uuid` (a quote read through its profile). */
export const numericUuidKey: NodeKey = {
  pattern: /^\d{1,16}:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
  numericParts: (key) => [Number(key.slice(0, key.indexOf(":")))],
};
