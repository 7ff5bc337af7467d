import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError } from "graphql";

/** Operation documents this server will run in trusted-documents mode, by the sha256 of their text. */
export type TrustedDocuments = ReadonlyMap<string, string>;

export const PERSISTED_QUERY_NOT_ALLOWED = "PERSISTED_QUERY_NOT_ALLOWED";

const NOT_ALLOWED_MESSAGE = "This server only runs trusted operations: send the sha256 of a registered operation as extensions.persistedQuery.sha256Hash.";

/**
 * Reads a trusted-documents manifest: a JSON object from sha256 hash to operation text, the
 * `persisted-documents.json` that GraphQL Code Generator's client preset writes with
 * `persistedDocuments: true` (keys `sha256:<hex>`; bare hex works too). Every key must be the
 * sha256 of its own text, so the manifest cannot vouch for a document it does not hold.
 */
export async function loadTrustedDocuments(file: string): Promise<TrustedDocuments> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new Error(`cannot read the trusted-documents manifest ${file}: ${(error as Error).message}`);
  }
  if (typeof manifest !== "object" || manifest === null || Array.isArray(manifest)) {
    throw new Error(`the trusted-documents manifest ${file} must be a JSON object of sha256 hash to operation text`);
  }
  const documents = new Map<string, string>();
  for (const [key, text] of Object.entries(manifest)) {
    const hash = key.replace(/^sha256:/, "");
    if (typeof text !== "string" || !/^[0-9a-f]{64}$/.test(hash) || sha256(text) !== hash) {
      throw new Error(`the trusted-documents manifest ${file} has an entry whose key is not the sha256 of its text: ${key}`);
    }
    documents.set(hash, text);
  }
  return documents;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function notAllowed(): GraphQLError {
  return new GraphQLError(NOT_ALLOWED_MESSAGE, { extensions: { code: PERSISTED_QUERY_NOT_ALLOWED, http: { status: 400 } } });
}

/**
 * Trusted documents (a persisted-operation safelist): only operations in the manifest run.
 * Clients send the hash the way Apollo's automatic persisted queries do
 * (`extensions.persistedQuery.sha256Hash`, by POST or GET), with or without the text; the text
 * comes from the manifest. Anything else, ad-hoc text or an unknown hash, is refused with 400
 * PERSISTED_QUERY_NOT_ALLOWED, before it runs and before APQ could register it.
 */
export function trustedDocumentsPlugin(documents: TrustedDocuments): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart({ request }) {
      const hash: unknown = request.extensions?.persistedQuery?.sha256Hash;
      const text = typeof hash === "string" ? documents.get(hash) : undefined;
      // Sent by id alone: the manifest supplies the text (Apollo still checks it against the hash).
      if (request.query === undefined && text !== undefined) request.query = text;
      return {
        async didResolveOperation({ queryHash }) {
          // queryHash is the sha256 of the text that is about to run, however it arrived.
          if (!documents.has(queryHash)) throw notAllowed();
        },
        async willSendResponse({ response }) {
          // An unknown id alone makes Apollo answer PersistedQueryNotFound, which invites an APQ
          // client to send the full text; here that would be refused too, so refuse now.
          if (response.body.kind !== "single") return;
          const errors = response.body.singleResult.errors;
          if (errors?.length === 1 && errors[0].extensions?.code === "PERSISTED_QUERY_NOT_FOUND") {
            response.body.singleResult.errors = [{ message: NOT_ALLOWED_MESSAGE, extensions: { code: PERSISTED_QUERY_NOT_ALLOWED } }];
            response.http.status = 400;
          }
        },
      };
    },
  };
}
