// Prepares the GraphQL Mesh peer on demand: installs test/bench/mesh (its own package, pinned,
// never a dependency of the product) when its node_modules is missing, and composes the
// supergraph from ../shared/wise/openapi.yml with mesh-compose, cached by input hash.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./processes.mjs";

export const meshDir = path.join(repoRoot, "test/bench/mesh");
export const specPath = path.resolve(repoRoot, "../shared/wise/openapi.yml");

function run(command, args, options) {
  const result = spawnSync(command, args, { cwd: meshDir, encoding: "utf8", ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status}):\n${(result.stdout ?? "") + (result.stderr ?? "")}`.slice(-3000));
  return result;
}

/** Returns the composed supergraph's path, or `{ skipped }` saying why Mesh cannot run. */
export function prepareMesh(log) {
  if (!existsSync(specPath)) return { skipped: `Wise's OpenAPI spec is not at ${path.relative(repoRoot, specPath)} (../shared is missing): Mesh column skipped.` };
  if (!existsSync(path.join(meshDir, "node_modules/@graphql-hive/gateway-runtime"))) {
    log("Installing the Mesh peer (test/bench/mesh, npm ci)...");
    const lock = existsSync(path.join(meshDir, "package-lock.json"));
    run("npm", [lock ? "ci" : "install", "--no-audit", "--no-fund", "--loglevel=error"], { timeout: 300_000 });
  }
  const hash = createHash("sha256");
  for (const file of [specPath, path.join(meshDir, "mesh.config.ts"), path.join(meshDir, "package-lock.json")]) {
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  const cacheDir = path.join(meshDir, ".cache");
  const supergraph = path.join(cacheDir, `supergraph-${hash.digest("hex").slice(0, 16)}.graphql`);
  if (!existsSync(supergraph)) {
    log("Composing the Mesh supergraph from openapi.yml (mesh-compose)...");
    mkdirSync(cacheDir, { recursive: true });
    run(process.execPath, ["node_modules/@graphql-mesh/compose-cli/esm/bin.js", "-o", supergraph], {
      env: { ...process.env, WISE_OPENAPI: specPath },
      timeout: 180_000,
    });
  }
  return { supergraph };
}
