// JOSE key management and the FaceTec key: Wise's public keys (the sandbox's own pairs, keys.ts)
// and the client keys a partner installs. As at Wise, the two JOSE key calls take a
// client-credentials token only (a user's token is 403), and a client key belongs to the API
// client that installed it: the calls of the users that client manages are checked against it.

import { createPublicKey } from "node:crypto";
import { jsonBody, isObject, optString } from "../../body.js";
import { json, wiseErrors, type Reply } from "../../http.js";
import { derBase64, facetecKey, wiseEncryptionKey, wiseSigningKey } from "../../keys.js";
import type { AnyRouteDef, PartnerRouteDef, RouteDef } from "../../route.js";

const SIGNING_ALGORITHMS = ["ES256", "ES384", "ES512", "PS256", "PS384", "PS512"];
const ENCRYPTION_ALGORITHMS = ["RSA_OAEP_256"];
const SCOPES: Record<string, string[]> = { PAYLOAD_SIGNING: SIGNING_ALGORITHMS, PAYLOAD_ENCRYPTION: ENCRYPTION_ALGORITHMS };
/** `yyyy-MM-dd HH:mm:ss`, UTC. */
const KEY_DATE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const notValid = (path: string, message: string) => wiseErrors(400, { code: "NOT_VALID", message, path, arguments: [] });

const joseKeyRoutes: PartnerRouteDef[] = [
  {
    method: "GET",
    path: "/v1/auth/jose/response/public-keys",
    auth: "partner",
    handler: (ctx) => {
      const scope = ctx.query.get("scope") ?? "";
      const algorithm = ctx.query.get("algorithm") ?? "";
      const version = ctx.query.get("version");
      if (!SCOPES[scope]) throw notValid("scope", "scope must be PAYLOAD_SIGNING or PAYLOAD_ENCRYPTION");
      if (!SCOPES[scope].includes(algorithm)) throw notValid("algorithm", `algorithm must be one of ${SCOPES[scope].join(", ")} for ${scope}`);
      // One key per scope: the sandbox's signing key is P-521, so it serves ES512 only.
      if (scope === "PAYLOAD_SIGNING" && algorithm !== "ES512") throw notValid("algorithm", "the sandbox signs with ES512 only");
      if (version !== null && version !== "1") throw wiseErrors(404, { code: "NOT_FOUND", message: "No public key of that version", path: "version", arguments: [version] });
      const key = scope === "PAYLOAD_SIGNING" ? wiseSigningKey() : wiseEncryptionKey();
      return json({ version: 1, keyMaterial: { algorithm, keyMaterial: derBase64(key.publicKey) }, scope });
    },
  },
  {
    method: "POST",
    path: "/v1/auth/jose/request/public-keys",
    auth: "partner",
    handler: async (ctx): Promise<Reply> => {
      const body = await jsonBody(ctx);
      const keyId = optString(body, "keyId") ?? "";
      const scope = optString(body, "scope") ?? "";
      const validFrom = optString(body, "validFrom") ?? "";
      const validTill = optString(body, "validTill") ?? "";
      const material = body.publicKeyMaterial;
      if (!UUID.test(keyId)) throw notValid("keyId", "keyId must be a UUID");
      if (!SCOPES[scope]) throw notValid("scope", "scope must be PAYLOAD_SIGNING or PAYLOAD_ENCRYPTION");
      if (!KEY_DATE.test(validFrom)) throw notValid("validFrom", "validFrom must be yyyy-MM-dd HH:mm:ss");
      if (!KEY_DATE.test(validTill) || validTill <= validFrom) throw notValid("validTill", "validTill must be yyyy-MM-dd HH:mm:ss, after validFrom");
      if (!isObject(material)) throw notValid("publicKeyMaterial", "publicKeyMaterial is required");
      const algorithm = optString(material, "algorithm") ?? "";
      const keyMaterial = optString(material, "keyMaterial") ?? "";
      if (!SCOPES[scope].includes(algorithm)) throw notValid("publicKeyMaterial.algorithm", `algorithm must be one of ${SCOPES[scope].join(", ")} for ${scope}`);
      try {
        createPublicKey({ key: Buffer.from(keyMaterial, "base64"), format: "der", type: "spki" });
      } catch {
        throw notValid("publicKeyMaterial.keyMaterial", "keyMaterial must be a base64 DER public key");
      }
      const keys = ctx.store.sca.clientKeys;
      if (keys.has(keyId)) throw wiseErrors(409, { code: "key.already.exists", message: "A key with this keyId exists", path: "keyId", arguments: [keyId] });
      keys.set(keyId, { clientId: ctx.client.id, keyId, scope, algorithm, keyMaterial, validFrom, validTill });
      return json({ clientId: null, keyId, scope, validFrom, validTill, publicKeyMaterial: { algorithm, keyMaterial }, deactivationTimestamp: null }, 201);
    },
  },
];

const facetecRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v1/facetec/public-key",
    handler: () => ({
      status: 200,
      body: facetecKey().publicKey.export({ format: "pem", type: "spki" }).toString(),
      headers: { "content-type": "text/plain" },
    }),
  },
];

export const joseRoutes: AnyRouteDef[] = [...joseKeyRoutes, ...facetecRoutes];
