import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import { createSubgraphSchema } from "../../src/federation/subgraph-schema.js";
import { TransferSimulateDocument } from "../generated/graphql.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";

const MUTATION_FIELDS = `{ __type(name: "Mutation") { fields { name } } }`;
const SIMULATION_TYPES = `{ input: __type(name: "TransferSimulateInput") { name } payload: __type(name: "TransferSimulatePayload") { name } }`;

describe("transferSimulate, a Wise sandbox field", () => {
  let real: Harness;
  let sandbox: Harness;
  beforeAll(async () => {
    // A server built as for real Wise (config.sandboxOnlyFields is false for api.wise.com),
    // talking to the sandbox here so that a call, if one were made, would be seen.
    real = await startHarness({ server: { sandboxOnlyFields: false } });
    sandbox = await startHarness();
  });
  afterAll(async () => {
    await real.close();
    await sandbox.close();
  });

  it("is not in the schema served for real Wise, nor are its input and payload types", async () => {
    const schema = await createSubgraphSchema({ sandboxOnlyFields: false });
    expect(schema.getMutationType()!.getFields().transferSimulate).toBeUndefined();
    expect(schema.getMutationType()!.getFields().transferCreate).toBeDefined();
    expect(schema.getType("TransferSimulatePayload")).toBeUndefined();
    // ...nor in what a router composes.
    const service = await real.raw(JSON.stringify({ query: "{ _service { sdl } }" }));
    expect(service.text).not.toContain("transferSimulate");
    expect(service.text).toContain("transferCreate");

    const fields = await real.raw(JSON.stringify({ query: MUTATION_FIELDS }));
    const names = (JSON.parse(fields.text) as { data: { __type: { fields: Array<{ name: string }> } } }).data.__type.fields.map((f) => f.name);
    expect(names).toContain("transferFund");
    expect(names).not.toContain("transferSimulate");
    expect(JSON.parse((await real.raw(JSON.stringify({ query: SIMULATION_TYPES }))).text)).toEqual({ data: { input: null, payload: null } });
  });

  it("fails validation there, before any Wise call", async () => {
    await real.reset();
    const response = await real.request(TransferSimulateDocument, { input: { transferId: toGlobalId("Transfer", "1"), status: "PROCESSING" } });
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(errorCodes(response)[0]).toBe("GRAPHQL_VALIDATION_FAILED");
    expect((await real.stats()).total).toBe(0);
  });

  it("stays in the schema on a sandbox, as committed in schema/*.graphql", async () => {
    const fields = await sandbox.raw(JSON.stringify({ query: MUTATION_FIELDS }));
    expect(fields.text).toContain('"transferSimulate"');
  });
});
