/**
 * Bundles the compiled server (dist/main.js and the packages it imports) into
 * dist/bundle/server.mjs, which is what `npm start` runs: loading the many small modules of the
 * dependencies one by one was most of the start-up time (`npm run bench`, "Ready to serve"). What
 * is imported only on demand (the embedded sandbox, Studio reporting) goes into chunks of its own,
 * loaded when used, and whitespace and syntax are minified, which keeps the process smaller at
 * rest. tsc has already emitted the decorator metadata type-graphql needs, so the bundler only
 * joins files. Run by `npm run build`, after tsc.
 */
import { rmSync } from "node:fs";
import { build } from "esbuild";

// Chunk names carry content hashes: clear the last build's so none is left behind.
rmSync("dist/bundle", { recursive: true, force: true });
await build({
  entryPoints: { server: "dist/main.js" },
  outdir: "dist/bundle",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  splitting: true,
  minifyWhitespace: true,
  minifySyntax: true,
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
  // No keepNames: it wraps every function the program creates, per request too, in a call that
  // sets its name (a few percent of the CPU of each operation). type-graphql names GraphQL types
  // after their classes, and without minified identifiers the bundler renames only what collides;
  // a class that refers to itself (tsc's `Money_1`) takes its GraphQL name in its decorator.
  // test/schema/bundle.test.ts checks that the bundle serves exactly the committed SDL.
  keepNames: false,
  sourcemap: "linked",
  legalComments: "none",
  logLevel: "warning",
});
