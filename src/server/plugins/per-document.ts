import type { DocumentNode } from "graphql";

/**
 * Values worked out from a parsed document, kept as long as the document is: Apollo reuses one
 * DocumentNode for the same query text, so a plugin's per-document work is done once. At most
 * `perDocument` keys are kept for each document (a key that keeps changing, such as variables
 * holding ids, stops being kept once that many are).
 */
export class PerDocumentCache<T> {
  private readonly values = new WeakMap<DocumentNode, Map<string, T>>();

  constructor(private readonly perDocument = Number.POSITIVE_INFINITY) {}

  get(document: DocumentNode, key: string, compute: () => T): T {
    let known = this.values.get(document);
    const cached = known?.get(key);
    if (cached !== undefined) return cached;
    const value = compute();
    if (!known) this.values.set(document, (known = new Map()));
    if (known.size < this.perDocument) known.set(key, value);
    return value;
  }
}
