/**
 * Bundles the compiled server (dist/main.js and the packages it imports) into one file,
 * dist/server.mjs, which is what `npm start` runs. Loading ~1,500 small modules one by one was
 * most of the start-up time; one file starts about 450 ms sooner (`npm run bench`, "Ready to
 * serve"). tsc has already emitted the decorator metadata type-graphql needs, so the bundler
 * only joins files. Run by `npm run build`, after tsc.
 */
import { build } from "esbuild";

await build({
  entryPoints: ["dist/main.js"],
  outfile: "dist/server.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // `main` before `module`: every import of graphql resolves to its one CommonJS build, as the
  // CommonJS packages (graphql-query-complexity) already do, so there is one graphql realm.
  mainFields: ["main", "module"],
  // type-graphql imports class-validator only when argument validation is on; it is off here.
  external: ["class-validator"],
  // CommonJS packages inside an ES module bundle still call require().
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // type-graphql names GraphQL types after their classes: the bundler must not rename any
  // (it would turn a second `Profile` into `Profile2`).
  keepNames: true,
  sourcemap: "linked",
  legalComments: "none",
  logLevel: "warning",
});
