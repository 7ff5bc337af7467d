import type { DocumentStore } from "@apollo/server";
import type { DocumentNode } from "graphql";
import { ByteBoundedCache } from "./byte-bounded-cache.js";

/** The heap Apollo's parsed, validated documents may hold at once, by `documentBytes`. */
export const DOCUMENT_STORE_BYTES = 32 * 1024 * 1024;

/**
 * Heap held per lexical token of a parsed document: its token object, the AST node and location
 * made from it. Measured at 90 (comments) to about 520 bytes (a field without an alias).
 */
const BYTES_PER_TOKEN = 600;

/**
 * What a parsed document keeps alive: every node's location points into the token list and the
 * source, so a document holds its whole query text and every token of it, comments included
 * (which the parser's token limit does not count). Apollo's default store weighs a document by
 * its JSON, which has neither: a short query padded with comment lines weighs a few hundred
 * bytes there and holds megabytes.
 */
export function documentBytes(document: DocumentNode): number {
  const location = document.loc;
  if (!location) return JSON.stringify(document).length * 4;
  let tokens = 0;
  for (let token: typeof location.startToken | null = location.startToken; token; token = token.next) tokens++;
  return location.source.body.length * 2 + tokens * BYTES_PER_TOKEN;
}

/**
 * Apollo's store of parsed, validated documents (by query hash), bounded by the heap they hold.
 * Apollo passes no set options (TTLs) for documents.
 */
export function boundedDocumentStore(maxBytes = DOCUMENT_STORE_BYTES): DocumentStore {
  const documents = new ByteBoundedCache<DocumentNode>(maxBytes, documentBytes);
  return {
    async get(key) {
      return documents.get(key);
    },
    async set(key, document) {
      documents.set(key, document);
    },
    async delete(key) {
      return documents.delete(key);
    },
  };
}
