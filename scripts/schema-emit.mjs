/**
 * `npm run schema:emit` writes schema/schema.graphql and schema/subgraph.graphql from the compiled
 * code (dist/, so run after `tsc`); `--check` (`npm run schema:check`) writes nothing and fails
 * when a committed file differs from what the code prints.
 */
import "reflect-metadata";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { printedSubgraphSchema, subgraphSchemaFile } from "../dist/federation/printed-subgraph-schema.js";
import { printedSchema, schemaFile } from "../dist/schema/printed-schema.js";

const outputs = [
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
