import { describe, expect, it } from "@jest/globals";
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { numericKey } from "../../src/common/node/node-key.js";
import { mergeLoaders } from "../../src/loaders/index.js";
import type { ApiModule, NodeType } from "../../src/modules/module.js";
import { buildRegistry } from "../../src/modules/node/node.registry.js";
import { Transfer } from "../../src/modules/transfer/transfer.type.js";

const nodeType = (name: string): NodeType => ({
  name,
  type: Transfer,
  key: numericKey,
  fetch: () => Promise.reject(new Error("not fetched here")),
  sample: () => Promise.reject(new Error("not sampled here")),
});

describe("the registry refuses a module list it cannot serve", () => {
  it("refuses a Node type declared by two modules", () => {
    expect(() => buildRegistry([{ nodeTypes: [nodeType("Transfer")] }, { nodeTypes: [nodeType("Transfer")] }])).toThrow("Node type Transfer is declared twice.");
  });

  it("refuses an entity interface that names a Node type no module declares", () => {
    const modules: ApiModule[] = [{ nodeTypes: [nodeType("Transfer")], entityInterfaces: [{ name: "Payment", nodeTypes: ["Transfer", "Payout"] }] }];
    expect(() => buildRegistry(modules)).toThrow("Entity interface Payment names unknown Node types: Payout.");
  });

  it("makes each Node type an entity of its own name, and an entity interface one naming its types", () => {
    const registry = buildRegistry([{ nodeTypes: [nodeType("A"), nodeType("B"), { ...nodeType("C"), entity: false }], entityInterfaces: [{ name: "AB", nodeTypes: ["A", "B"] }] }]);
    expect(registry.entityTypes).toEqual({ A: ["A"], B: ["B"], AB: ["A", "B"] });
  });

  it("refuses two modules declaring a loader of the same name, which would silently share one", () => {
    const loaders = () => ({ transferById: {} });
    expect(() => mergeLoaders([{ loaders }, { loaders }], () => undefined as never)).toThrow("Two modules declare the loader transferById.");
    expect(() => mergeLoaders([{ loaders: () => ({ pages: {} }) }], () => undefined as never)).toThrow("Two modules declare the loader pages.");
  });
});

describe("the module list loads whichever file is imported first", () => {
  // Every mapper imports global-id.ts, which reads the registry: a module file, resolver or Node
  // declaration imported first must not meet a class of the module list still uninitialized.
  it.each(["modules/transfer/transfer.module.js", "modules/profile/profile.resolver.js", "modules/quote/quote.node.js", "modules/balance/balance.mutations.js"])(
    "builds the schema after importing dist/%s first",
    async (file) => {
      const script = `await import("reflect-metadata"); await import(${JSON.stringify(path.resolve("dist", file))}); const { createSchema } = await import(${JSON.stringify(path.resolve("dist/schema/build-schema.js"))}); await createSchema(); console.log("built");`;
      const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script]);
      expect(stdout.trim()).toBe("built");
    },
  );
});
