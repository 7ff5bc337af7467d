import { describe, expect, it } from "@jest/globals";
import { createSubgraphSchema } from "../../src/federation/subgraph-schema.js";

describe("cardSimulateProduction, a Wise sandbox field", () => {
  it("is not in the schema served for real Wise, nor are its input and payload types; the card mutations are", async () => {
    const real = await createSubgraphSchema({ sandboxOnlyFields: false });
    const fields = real.getMutationType()!.getFields();
    expect(fields.cardSimulateProduction).toBeUndefined();
    expect(real.getType("CardSimulateProductionInput")).toBeUndefined();
    expect(real.getType("CardSimulateProductionPayload")).toBeUndefined();
    expect(Object.keys(fields)).toEqual(
      expect.arrayContaining(["cardFreeze", "cardUnfreeze", "cardBlock", "cardPinCountReset", "cardSpendingPermissionsUpdate", "cardKioskProduce"]),
    );
  });

  it("is there on a sandbox", async () => {
    const sandbox = await createSubgraphSchema({ sandboxOnlyFields: true });
    expect(sandbox.getMutationType()!.getFields().cardSimulateProduction).toBeDefined();
  });
});
