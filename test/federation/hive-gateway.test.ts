import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { parse } from "graphql";
import { toGlobalId } from "graphql-relay";
import { SUBGRAPH_SECRET_HEADER } from "../../src/server/plugins/subgraph-secret.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { compose } from "./gateway.js";
import { startHiveGateway, type RunningHiveGateway } from "./hive-gateway.mjs";
import { loyaltyTypeDefs, startLoyaltySubgraph, type LoyaltySubgraph } from "./loyalty-subgraph.js";

// The subgraph runs shielded, as in production behind a router: /graphql answers only requests
// that carry this secret, over HTTP and on the WebSocket upgrade alike.
const SECRET = "hive-gateway-test-secret-0123456789";

let h: Harness;
let loyalty: LoyaltySubgraph;
let supergraphSdl: string;
let gateway: RunningHiveGateway;
let personal: string;
let firstTransfer: string;

beforeAll(async () => {
  h = await startHarness({ defaultToken: null, server: { subgraphSecret: SECRET } });
  loyalty = await startLoyaltySubgraph();
  // The Wise subgraph's SDL as a router gets it: from `_service { sdl }`, with the secret.
  const service = (await (
    await fetch(h.url, {
      method: "POST",
      headers: { "content-type": "application/json", [SUBGRAPH_SECRET_HEADER]: SECRET },
      body: JSON.stringify({ query: "{ _service { sdl } }" }),
    })
  ).json()) as { data: { _service: { sdl: string } } };
  supergraphSdl = compose([
    { name: "wise", url: h.url, typeDefs: parse(service.data._service.sdl) },
    { name: "loyalty", url: loyalty.url, typeDefs: loyaltyTypeDefs },
  ]);
  gateway = await startHiveGateway({ supergraphSdl, subgraph: "wise", subgraphSecret: SECRET });
  personal = toGlobalId("PersonalProfile", String(h.alice.personalProfileId));
  const [transfer] = await h.rest<Array<{ id: number }>>(`/v1/transfers?profile=${h.alice.personalProfileId}&offset=0&limit=1`, h.alice.token);
  firstTransfer = toGlobalId("Transfer", String(transfer.id));
});
afterAll(async () => {
  await gateway?.close();
  await loyalty?.close();
  await h?.close();
});

describe("queries through Hive Gateway", () => {
  it("answers a query that crosses both subgraphs, as the caller whose token it forwards", async () => {
    loyalty.data.tiers.set(personal, "SILVER");
    loyalty.data.notes.set(firstTransfer, "seen by compliance");
    const response = await gateway.query<{
      profiles: Array<{ id: string; loyaltyTier: string; transfers: { edges: Array<{ node: { id: string; internalNote: string | null } }> } }>;
    }>(`{ profiles { id loyaltyTier transfers(first: 1) { edges { node { id internalNote } } } } }`, { token: h.alice.token });
    expect(response.errors).toBeUndefined();
    const alice = response.data!.profiles.find((p) => p.id === personal)!;
    expect(alice.loyaltyTier).toBe("SILVER");
    expect(alice.transfers.edges[0].node).toEqual({ id: firstTransfer, internalNote: "seen by compliance" });

    const asBob = await gateway.query<{ profiles: Array<{ id: string }> }>(`{ profiles { id } }`, { token: h.bob.token });
    expect(asBob.errors).toBeUndefined();
    expect(asBob.data!.profiles.map((p) => p.id)).toContain(toGlobalId("PersonalProfile", String(h.bob.personalProfileId)));
    expect(asBob.data!.profiles.map((p) => p.id)).not.toContain(personal);
  });

  it("forwards no token when the caller sent none", async () => {
    const response = await gateway.query(`{ profiles { id } }`);
    expect(response.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("is refused by the shielded subgraph when it does not send the subgraph secret", async () => {
    const unshielded = await startHiveGateway({ supergraphSdl, subgraph: "wise" });
    try {
      const response = await unshielded.query(`{ profiles { id } }`, { token: h.alice.token });
      expect(response.data?.profiles ?? null).toBeNull();
      expect(response.errors?.[0]).toMatchObject({ message: expect.stringContaining(SUBGRAPH_SECRET_HEADER), extensions: { code: "UNAUTHENTICATED", serviceName: "wise" } });
    } finally {
      await unshielded.close();
    }
  });
});
