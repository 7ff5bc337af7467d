import path from "node:path";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { lexicographicSortSchema, parse, print, visit } from "graphql";
import { createSchema } from "./build-schema.js";

/**
 * The public schema as committed in schema/schema.graphql (the public API, what clients and
 * codegen read), printed from the type-graphql classes; `npm run schema:emit` writes it.
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

/** Where the public schema is committed. */
export const schemaFile = path.resolve(process.cwd(), "schema/schema.graphql");
