/**
 * An ESLint rule that keeps the project's layers apart: it resolves each relative import of a
 * file to a path inside the repository and reports the imports its options forbid for that file.
 * Paths are repository-relative with forward slashes and the source extension (`.ts`), so a rule
 * reads `src/sandbox/index.ts`, whatever the importing file's depth.
 *
 * Options: `{ allowOnly?, forbid?, packages? }`
 * - `allowOnly`: `{ path, message }`; a project import whose path does not match `path` is reported.
 * - `forbid`: `[{ path, except?, message }]`; a project import matching `path` (and not `except`) is
 *   reported. In `path`, `{module}` stands for the importing file's module under src/modules/.
 * - `packages`: `[{ name, message }]`; a package import whose specifier matches `name` is reported.
 * Every pattern is a regular expression source.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, the folder above this file's. */
const root = fileURLToPath(new URL("..", import.meta.url));

/** The repository-relative path an import names, its `.js` turned back into the `.ts` source. */
function importedPath(fromFile, specifier) {
  const absolute = path.resolve(path.dirname(fromFile), specifier);
  return path.relative(root, absolute).split(path.sep).join("/").replace(/\.js$/, ".ts");
}

function moduleOf(file) {
  return /^src\/modules\/([^/]+)\//.exec(file)?.[1] ?? null;
}

const rule = {
  meta: {
    type: "problem",
    docs: { description: "Keeps the project's layers apart (sandbox, Wise client, modules)." },
    schema: [
      {
        type: "object",
        properties: {
          allowOnly: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } }, required: ["path", "message"], additionalProperties: false },
          forbid: {
            type: "array",
            items: {
              type: "object",
              properties: { path: { type: "string" }, except: { type: "string" }, message: { type: "string" } },
              required: ["path", "message"],
              additionalProperties: false,
            },
          },
          packages: {
            type: "array",
            items: { type: "object", properties: { name: { type: "string" }, message: { type: "string" } }, required: ["name", "message"], additionalProperties: false },
          },
        },
        additionalProperties: false,
      },
    ],
    messages: { layer: "{{specifier}}: {{message}}" },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const file = path.relative(root, context.filename).split(path.sep).join("/");
    const own = moduleOf(file);
    const pattern = (source) => new RegExp(source.replaceAll("{module}", own ?? "(?!)"));
    const forbid = (options.forbid ?? []).map((entry) => ({ ...entry, path: pattern(entry.path), except: entry.except ? pattern(entry.except) : null }));
    const allowOnly = options.allowOnly ? { ...options.allowOnly, path: pattern(options.allowOnly.path) } : null;
    const packages = (options.packages ?? []).map((entry) => ({ ...entry, name: new RegExp(entry.name) }));

    function check(node, specifier) {
      if (typeof specifier !== "string") return;
      const report = (message) => context.report({ node, messageId: "layer", data: { specifier, message } });
      if (!specifier.startsWith(".")) {
        const hit = packages.find((entry) => entry.name.test(specifier));
        if (hit) report(hit.message);
        return;
      }
      const target = importedPath(context.filename, specifier);
      if (allowOnly && !allowOnly.path.test(target)) return report(allowOnly.message);
      const hit = forbid.find((entry) => entry.path.test(target) && !entry.except?.test(target));
      if (hit) report(hit.message);
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && check(node.source, node.source.value),
    };
  },
};

export default { rules: { imports: rule } };
