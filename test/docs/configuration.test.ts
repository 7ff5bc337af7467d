import { describe, expect, it } from "@jest/globals";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { markdownFiles } from "./markdown.js";

/**
 * docs/configuration.md is the one table of environment variables. These tests keep it complete
 * and current against the source that reads the environment (src/, and scripts/ when it exists).
 */
const CONFIGURATION = "docs/configuration.md";
const NAME = "[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*";

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).filter((file) => /\.(ts|mts|mjs|js)$/.test(file) && !file.endsWith(".d.ts")).map((file) => path.join(dir, file));
}

/** The variables a source text reads: `process.env.X`, `env.X`, `env["X"]`, `f(env, "X")`, `xEnv("X")`, and every `"X_Y"` literal of a file that reads the environment. */
function variablesRead(source: string): string[] {
  const names = new Set<string>();
  const patterns = [
    new RegExp(`\\benv\\??\\.(${NAME})\\b`, "g"),
    new RegExp(`\\benv\\[\\s*["'\`](${NAME})["'\`]\\s*\\]`, "g"),
    new RegExp(`\\(\\s*env\\s*,\\s*["'](${NAME})["']`, "g"),
    new RegExp(`\\w*Env\\(\\s*["'](${NAME})["']`, "g"),
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) names.add(match[1]);
  if (/process\.env|ProcessEnv/.test(source)) {
    for (const match of source.matchAll(/["']([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)["']/g)) names.add(match[1]);
  }
  return [...names];
}

/** The variables named in the first cell of the table's rows (a row may name several). */
function documentedRows(markdown: string): string[][] {
  return [...markdown.matchAll(/^\| ([^|]*`[^|]*) \|/gm)].map((row) => [...row[1].matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((name) => name[1]));
}

const documented = documentedRows(readFileSync(CONFIGURATION, "utf8")).flat();
const sources = [...sourceFiles("src"), ...sourceFiles("scripts")];
const read = new Map<string, string[]>();
for (const file of sources) {
  for (const name of variablesRead(readFileSync(file, "utf8"))) read.set(name, [...(read.get(name) ?? []), file]);
}

describe("docs/configuration.md, the one table of environment variables", () => {
  it("documents every variable the source reads", () => {
    expect(read.size).toBeGreaterThan(20);
    const undocumented = [...read.keys()].filter((name) => !documented.includes(name)).map((name) => `${name} (read in ${read.get(name)!.join(", ")})`);
    expect(undocumented).toEqual([]);
  });

  it("lists each variable once, and only variables something still reads", () => {
    const twice = documented.filter((name, index) => documented.indexOf(name) !== index);
    expect(twice).toEqual([]);
    const allSource = sources.map((file) => readFileSync(file, "utf8")).join("\n");
    expect(documented.filter((name) => !new RegExp(`\\b${name}\\b`).test(allSource))).toEqual([]);
  });

  it("is the only table of variables in the documentation", async () => {
    const others: string[] = [];
    for (const file of await markdownFiles()) {
      if (file !== CONFIGURATION && /^\| variable \|/m.test(readFileSync(file, "utf8"))) others.push(file);
    }
    expect(others).toEqual([]);
  });

  it("finds variables however the source reads them", () => {
    const source = [
      "const level = process.env.LOG_LEVEL;",
      "const url = env.WISE_API_URL?.trim();",
      'const host = env["HOST"];',
      'const port = integer(env, "PORT", 4000, 0, 65535);',
      'const latency = intEnv("WISE_SANDBOX_LATENCY_MS", 0);',
      'function f(env: NodeJS.ProcessEnv) { return { maxDepth: "GRAPHQL_MAX_DEPTH" }; }',
    ].join("\n");
    expect(variablesRead(source).sort()).toEqual(["GRAPHQL_MAX_DEPTH", "HOST", "LOG_LEVEL", "PORT", "WISE_API_URL", "WISE_SANDBOX_LATENCY_MS"]);
    expect(variablesRead('const code = "BAD_USER_INPUT";')).toEqual([]);
  });
});
