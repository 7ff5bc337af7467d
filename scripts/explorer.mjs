/**
 * Bundles the self-hosted GraphiQL (src/explorer/) into dist/graphiql/: index.html plus one
 * script and one stylesheet whose names carry content hashes, so the server can let browsers
 * cache them for good. Everything GraphiQL needs (React, CodeMirror, its fonts as data URLs) is
 * inside: the page loads nothing from another origin and works offline. Run by `npm run build`.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { build } from "esbuild";

const outdir = "dist/graphiql";
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: ["src/explorer/graphiql.js"],
  outdir,
  entryNames: "[name]-[hash]",
  bundle: true,
  minify: true,
  platform: "browser",
  format: "esm",
  target: ["chrome110", "firefox110", "safari16"],
  // React's production build: smaller, and without development warnings.
  define: { "process.env.NODE_ENV": '"production"' },
  // GraphiQL's stylesheet already inlines its fonts; anything else it references stays inline too.
  loader: { ".woff2": "dataurl", ".woff": "dataurl", ".svg": "dataurl", ".png": "dataurl" },
  // Licence texts go to a file next to the script rather than into it.
  legalComments: "external",
  metafile: true,
  logLevel: "warning",
});

const outputs = Object.keys(result.metafile.outputs).map((path) => basename(path));
const script = outputs.find((name) => name.endsWith(".js"));
const style = outputs.find((name) => name.endsWith(".css"));
if (!script || !style) throw new Error(`esbuild produced no script or stylesheet for GraphiQL: ${outputs.join(", ")}`);
const html = readFileSync("src/explorer/index.html", "utf8").replace("{{script}}", script).replace("{{style}}", style);
writeFileSync(`${outdir}/index.html`, html);
