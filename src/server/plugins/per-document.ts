import type { DocumentNode } from "graphql";

/**
 * Values worked out from a parsed document, kept as long as the document is: Apollo reuses one
 * DocumentNode for the same query text (its document store is a size-bounded LRU), so a plugin's
 * per-document work is done once. Keys must be few for one document, such as the names of its
 * operations: never anything a client can vary freely, like its variables.
 */
export class PerDocumentCache<T> {
  private readonly values = new WeakMap<DocumentNode, Map<string, T>>();

  get(document: DocumentNode, key: string, compute: () => T): T {
    let known = this.values.get(document);
    const cached = known?.get(key);
    if (cached !== undefined) return cached;
    const value = compute();
    if (!known) this.values.set(document, (known = new Map()));
    known.set(key, value);
    return value;
  }
}
