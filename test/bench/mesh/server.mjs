// The GraphQL Mesh v1 peer of the benchmark: Hive Gateway serving the supergraph that
// `mesh-compose` built from Wise's OpenAPI spec (Omnigraph OpenAPI), on node:http.
// Env: MESH_SUPERGRAPH (path of the composed SDL), WISE_URL (the sandbox), PORT (0 = free).
// Prints `Mesh ready at http://127.0.0.1:PORT/graphql` once it answers.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";

const supergraph = readFileSync(process.env.MESH_SUPERGRAPH, "utf8");
const gateway = createGatewayRuntime({
  supergraph,
  // The sandbox's port changes per run; the composed SDL names a placeholder.
  transportEntries: { Wise: { location: process.env.WISE_URL } },
  logging: "error",
  landingPage: false,
  graphiql: false,
});
const server = createServer(gateway);
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  console.log(`Mesh ready at http://127.0.0.1:${server.address().port}/graphql`);
});
const stop = () => {
  server.close();
  server.closeAllConnections();
  Promise.resolve(gateway.dispose()).finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 2_000).unref();
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
