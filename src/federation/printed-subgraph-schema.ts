import path from "node:path";
import { subgraphSdl } from "./subgraph-schema.js";

/**
 * The Federation 2 SDL as committed in schema/subgraph.graphql (with `@link` and `@key`: what
 * `_service { sdl }` answers and `rover subgraph publish` takes); `npm run schema:emit` writes it.
 */
export async function printedSubgraphSchema(): Promise<string> {
  return `${await subgraphSdl()}\n`;
}

/** Where the federation SDL is committed. */
export const subgraphSchemaFile = path.resolve(process.cwd(), "schema/subgraph.graphql");
