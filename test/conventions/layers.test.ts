import { describe, expect, it } from "@jest/globals";
import { ESLint } from "eslint";

// The layer rules of eslint.config.js, each shown to fail on a deliberate violation and to let the
// allowed import through. The snippets are linted under file names of the layer they pretend to be in.
const eslint = new ESLint();

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

const importing = (specifier: string) => `import * as imported from "${specifier}";\nexport const used = imported;\n`;

describe("the sandbox imports nothing outside src/sandbox", () => {
  it("refuses an import of the server or the Wise client", async () => {
    expect(await problems("src/sandbox/routes/fake.ts", importing("../../wise/client.js"))).toEqual([
      "layers/imports: ../../wise/client.js: the sandbox imports nothing outside src/sandbox.",
    ]);
    expect(await problems("src/sandbox/fake.ts", importing("../config.js"))).toHaveLength(1);
  });

  it("lets it import its own files, at any depth", async () => {
    expect(await problems("src/sandbox/routes/fake.ts", importing("../model.js"))).toEqual([]);
    expect(await problems("src/sandbox/fake.ts", importing("./seed/random.js"))).toEqual([]);
  });
});

describe("the rest reaches the sandbox only through src/sandbox/index.ts", () => {
  it("refuses an import of a sandbox file other than its entry, from the server and from scripts", async () => {
    expect(await problems("src/server/fake.ts", importing("../sandbox/store.js"))).toEqual([
      "layers/imports: ../sandbox/store.js: import the sandbox only through src/sandbox/index.ts.",
    ]);
    expect(await problems("src/fake.ts", importing("./sandbox/routes/transfers.js"))).toHaveLength(1);
    expect(await problems("scripts/fake.mjs", importing("../dist/sandbox/faults.js"))).toHaveLength(1);
  });

  it("lets the entry through", async () => {
    expect(await problems("src/fake.ts", importing("./sandbox/index.js"))).toEqual([]);
    expect(await problems("scripts/fake.mjs", importing("../dist/sandbox/index.js"))).toEqual([]);
  });
});

describe("src/wise imports no GraphQL", () => {
  it("refuses GraphQL packages", async () => {
    for (const name of ["graphql", "type-graphql", "@apollo/server", "graphql-relay", "graphql-scalars", "dataloader", "@graphql-tools/utils"]) {
      expect(await problems("src/wise/endpoints/fake.ts", importing(name))).toEqual([`layers/imports: ${name}: src/wise imports no GraphQL package.`]);
    }
  });

  it("refuses the modules, the server, the schema and the GraphQL parts of src/common", async () => {
    for (const specifier of [
      "../../modules/transfer/transfer.type.js",
      "../../server/create-server.js",
      "../../schema/build-schema.js",
      "../../federation/subgraph-schema.js",
      "../../common/scalars/decimal.scalar.js",
      "../../common/money.type.js",
      "../../common/user-error.js",
    ]) {
      expect(await problems("src/wise/endpoints/fake.ts", importing(specifier))).toHaveLength(1);
    }
  });

  it("lets it import its own files, the logger and plain packages", async () => {
    expect(await problems("src/wise/endpoints/fake.ts", importing("../client.js"))).toEqual([]);
    expect(await problems("src/wise/fake.ts", importing("../logging/logger.js"))).toEqual([]);
    expect(await problems("src/wise/fake.ts", importing("zod"))).toEqual([]);
  });
});

describe("a module does not import another module's resolvers", () => {
  it("refuses another module's resolver and mutations files", async () => {
    expect(await problems("src/modules/profile/fake.ts", importing("../transfer/transfer.resolver.js"))).toEqual([
      "layers/imports: ../transfer/transfer.resolver.js: a module does not import another module's resolvers or mutations.",
    ]);
    expect(await problems("src/modules/profile/fake.ts", importing("../balance/balance.mutations.js"))).toHaveLength(1);
  });

  it("lets it import its own resolvers and another module's types", async () => {
    expect(await problems("src/modules/profile/fake.ts", importing("./profile.resolver.js"))).toEqual([]);
    expect(await problems("src/modules/profile/fake.ts", importing("../transfer/transfer.type.js"))).toEqual([]);
  });
});

describe("configuration is read from the environment only in src/config.ts", () => {
  it("refuses process.env elsewhere in src/", async () => {
    expect(await problems("src/server/fake.ts", "export const port = process.env.PORT;\n")).toEqual([
      "no-restricted-properties: 'process.env' is restricted from being used. read configuration in src/config.ts and pass the value in.",
    ]);
  });

  it("allows it in src/config.ts", async () => {
    expect(await problems("src/config.ts", "export const port = process.env.PORT;\n")).toEqual([]);
  });

  it("holds for the code as it is", async () => {
    const results = await eslint.lintFiles(["src"]);
    const readers = results.filter((result) => result.messages.some((message) => message.ruleId === "no-restricted-properties")).map((result) => result.filePath);
    expect(readers).toEqual([]);
  }, 120_000);
});

describe("eslint-disable comments", () => {
  it("are refused where they disable nothing", async () => {
    const found = await problems("src/fake.ts", "// eslint-disable-next-line @typescript-eslint/no-explicit-any\nexport const answer = 42;\n");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/Unused eslint-disable directive/);
  });
});
