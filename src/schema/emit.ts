import "reflect-metadata";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { lexicographicSortSchema, printSchema } from "graphql";
import { subgraphSdl } from "../federation/subgraph-schema.js";
import { createSchema } from "./build-schema.js";

/**
 * Writes schema/schema.graphql (the public API, what clients and codegen read) and
 * schema/subgraph.graphql (the Federation 2 SDL with `@link` and `@key`, what `_service { sdl }`
 * answers and `rover subgraph publish` takes) from the type-graphql classes
 * (`npm run schema:emit`), or with `--check` fails when a committed file differs from the code.
 */
export async function printedSchema(): Promise<string> {
  const schema = await createSchema();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** The federation SDL, as committed in schema/subgraph.graphql. */
export async function printedSubgraphSchema(): Promise<string> {
  return `${await subgraphSdl()}\n`;
}

export const schemaFile = path.resolve(process.cwd(), "schema/schema.graphql");
export const subgraphSchemaFile = path.resolve(process.cwd(), "schema/subgraph.graphql");

async function main(): Promise<void> {
  const outputs: Array<[string, string]> = [
    [schemaFile, await printedSchema()],
    [subgraphSchemaFile, await printedSubgraphSchema()],
  ];
  const check = process.argv.includes("--check");
  let stale = false;
  for (const [file, sdl] of outputs) {
    const name = path.relative(process.cwd(), file);
    if (check) {
      const committed = await readFile(file, "utf8").catch(() => "");
      if (committed !== sdl) {
        console.error(`${name} is out of date with the code: run \`npm run schema:emit\` and commit the result.`);
        stale = true;
      } else {
        console.log(`${name} matches the code.`);
      }
    } else {
      await writeFile(file, sdl);
      console.log(`wrote ${name}`);
    }
  }
  if (stale) process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
