// The sandbox is a separate program that happens to ship with the server: nothing in
// src/sandbox imports from outside it, and the rest of src/ reaches it only through its
// public entry, src/sandbox/index.ts. Imports (static, dynamic, re-exports) are read with
// the TypeScript compiler's own pre-processor, so comments and strings never count.

import { describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

const SRC = resolve("src");
const SANDBOX = join(SRC, "sandbox");
const ENTRY = join(SANDBOX, "index.ts");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(m|c)?tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Relative module specifiers of a file, resolved to the .ts file they name. */
function relativeImports(file: string, text = readFileSync(file, "utf8")): string[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles
    .map((ref) => ref.fileName)
    .filter((name) => name.startsWith("."))
    .map((name) => resolve(dirname(file), name.replace(/\.(m|c)?js$/, ".ts")));
}

const inside = (path: string) => path === SANDBOX || path.startsWith(SANDBOX + sep);

interface Violation {
  file: string;
  imports: string;
}

/** Imports that cross the boundary, for one file's text. */
function violations(file: string, text?: string): Violation[] {
  return relativeImports(file, text)
    .filter((target) => (inside(file) ? !inside(target) : inside(target) && target !== ENTRY))
    .map((target) => ({ file: relative(SRC, file), imports: relative(SRC, target) }));
}

describe("sandbox boundary", () => {
  const files = sourceFiles(SRC);

  it("nothing in src/sandbox imports from outside it", () => {
    const found = files.filter(inside).flatMap((file) => violations(file));
    expect(found).toEqual([]);
  });

  it("the rest of src/ imports only src/sandbox/index.ts", () => {
    const found = files.filter((f) => !inside(f)).flatMap((file) => violations(file));
    expect(found).toEqual([]);
  });

  it("sees the server's real use of the sandbox (the scan is not vacuous)", () => {
    const users = files
      .filter((f) => !inside(f))
      .filter((file) => relativeImports(file).some((target) => target === ENTRY))
      .map((file) => relative(SRC, file));
    expect(users).toContain("main.ts");
  });

  it("flags deep imports, escapes and dynamic imports", () => {
    const server = join(SRC, "modules", "example.ts");
    expect(violations(server, `import { Store } from "../sandbox/store.js";`)).toEqual([{ file: join("modules", "example.ts"), imports: join("sandbox", "store.ts") }]);
    expect(violations(server, `const m = await import("../sandbox/index.js");`)).toEqual([]);
    const sandboxFile = join(SANDBOX, "api", "example.ts");
    expect(violations(sandboxFile, `export { config } from "../../config.js";`)).toEqual([{ file: join("sandbox", "api", "example.ts"), imports: "config.ts" }]);
    expect(violations(sandboxFile, `const x = await import("../../common/log.js");`)).toHaveLength(1);
    expect(violations(sandboxFile, `// import "../../config.js"\nimport Big from "big.js";`)).toEqual([]);
  });
});
