import { defineConfig } from "@graphql-mesh/compose-cli";
import { loadOpenAPISubgraph } from "@omnigraph/openapi";

export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph("Wise", {
        source: process.env.WISE_OPENAPI ?? "../../../../shared/wise/openapi.yml",
        endpoint: process.env.WISE_URL ?? "http://127.0.0.1:9",
        operationHeaders: { Authorization: "{context.headers.authorization}" },
      }),
    },
  ],
});
