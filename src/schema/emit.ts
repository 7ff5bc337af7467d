import "reflect-metadata";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { lexicographicSortSchema, printSchema } from "graphql";
import { createSchema } from "./build-schema.js";

/**
 * Writes schema/schema.graphql from the type-graphql classes (`npm run schema:emit`), or with
 * `--check` fails when the committed file differs from what the classes produce.
 */
export async function printedSchema(): Promise<string> {
  const schema = await createSchema();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export const schemaFile = path.resolve(process.cwd(), "schema/schema.graphql");

async function main(): Promise<void> {
  const sdl = await printedSchema();
  if (process.argv.includes("--check")) {
    const committed = await readFile(schemaFile, "utf8").catch(() => "");
    if (committed !== sdl) {
      console.error("schema/schema.graphql is out of date with the code: run `npm run schema:emit` and commit the result.");
      process.exit(1);
    }
    console.log("schema/schema.graphql matches the code.");
    return;
  }
  await writeFile(schemaFile, sdl);
  console.log(`wrote ${path.relative(process.cwd(), schemaFile)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
