// The self-hosted GraphiQL page's script, bundled for the browser by scripts/explorer.mjs.
// Plain JavaScript: the server's TypeScript project has no DOM or React types.
import { GraphiQL } from "graphiql";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import "graphiql/style.css";
import "./page.css";

// The same server's endpoint. A JSON body is not a "simple" request, so Apollo's CSRF prevention
// lets it through.
const endpoint = new URL("/graphql", window.location.href).href;

/** Sends one operation, with the headers typed in GraphiQL's headers editor. */
async function fetcher(params, options) {
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { accept: "application/graphql-response+json, application/json", ...options?.headers, "content-type": "application/json" },
    body: JSON.stringify(params),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 500)}` }] };
  }
}

// `?query=...&variables=...` opens GraphiQL on that operation, so a link can share one.
const params = new URLSearchParams(window.location.search);
createRoot(document.getElementById("graphiql")).render(
  createElement(GraphiQL, {
    fetcher,
    query: params.get("query") ?? undefined,
    variables: params.get("variables") ?? undefined,
    defaultQuery: "query Profiles {\n  profiles {\n    id\n    type\n    fullName\n  }\n}\n",
  }),
);
