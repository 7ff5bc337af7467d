import "reflect-metadata";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { lexicographicSortSchema, parse, print, visit } from "graphql";
import { subgraphSdl } from "../federation/subgraph-schema.js";
import { createSchema } from "./build-schema.js";

/**
 * Writes schema/schema.graphql (the public API, what clients and codegen read) and
 * schema/subgraph.graphql (the Federation 2 SDL with `@link` and `@key`, what `_service { sdl }`
 * answers and `rover subgraph publish` takes) from the type-graphql classes
 * (`npm run schema:emit`), or with `--check` fails when a committed file differs from the code.
 */
export async function printedSchema(): Promise<string> {
  const schema = lexicographicSortSchema(await createSchema());
  // The applied directives this schema declares stay where they apply (`@cacheControl`, so clients,
  // Studio and readers see the cache hints); federation's (`@key`, `@shareable`) are declared only
  // in the subgraph SDL, so they are left to schema/subgraph.graphql.
  const declared = new Set(schema.getDirectives().map((directive) => directive.name));
  const document = visit(parse(printSchemaWithDirectives(schema)), {
    Directive: (node) => (declared.has(node.name.value) ? undefined : null),
    // Query and Mutation go by their default names, so the schema definition says nothing.
    SchemaDefinition: () => null,
  });
  return `${blankLineBeforeDescribedMembers(print(document))}\n`;
}

/**
 * `print` puts a type's fields, arguments and enum values on consecutive lines; graphql's
 * `printSchema` (what this file looked like before it carried directives) separates the described
 * ones by a blank line, which keeps a long schema readable. This puts those blank lines back.
 */
function blankLineBeforeDescribedMembers(sdl: string): string {
  const lines: string[] = [];
  let inDescription = false;
  for (const line of sdl.split("\n")) {
    const text = line.trim();
    if (inDescription) {
      if (text === '"""') inDescription = false;
    } else if (line.startsWith("  ") && text.startsWith('"""')) {
      if (!/[{(]$/.test(lines.at(-1) ?? "")) lines.push("");
      inDescription = text === '"""';
    }
    lines.push(line);
  }
  return lines.join("\n");
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
