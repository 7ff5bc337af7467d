// The linter's rules: typescript-eslint's recommended set, the layer boundaries (lint/layers.js)
// and one place that reads the environment (src/config.ts). `npm run lint` runs it with prettier's check.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import layers from "./lint/layers.js";

const graphqlPackages = "^(graphql|graphql-.+|type-graphql|dataloader)(/|$)|^@(apollo|graphql-tools|graphql-codegen|as-integrations|escape\\.tech)/";

export default tseslint.config(
  {
    ignores: ["dist/", "node_modules/", "coverage/", "test/generated/", "examples/frontend/src/gql/", "test/bench/results/", "test/bench/mesh/"],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: {
      // TypeScript checks names; for the plain .js/.mjs files, the globals they use are listed below.
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // Definite assignment (`field!: T`) is how type-graphql classes declare their fields.
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  // The embedded sandbox is a fake Wise: it imports nothing of the server.
  {
    files: ["src/sandbox/**"],
    plugins: { layers },
    rules: { "layers/imports": ["error", { allowOnly: { path: "^src/sandbox/", message: "the sandbox imports nothing outside src/sandbox." } }] },
  },
  // The server and the scripts reach the sandbox only through its public entry.
  {
    files: ["src/**", "scripts/**"],
    ignores: ["src/sandbox/**"],
    plugins: { layers },
    rules: {
      "layers/imports": [
        "error",
        // Scripts import the compiled code: dist/sandbox/index.js is the same entry.
        { forbid: [{ path: "^(src|dist)/sandbox/", except: "^(src|dist)/sandbox/index\\.ts$", message: "import the sandbox only through src/sandbox/index.ts." }] },
      ],
    },
  },
  // The Wise client knows HTTP and Wise, not GraphQL.
  {
    files: ["src/wise/**"],
    plugins: { layers },
    rules: {
      "layers/imports": [
        "error",
        {
          forbid: [
            {
              path: "^src/(modules|server|schema|federation|loaders|context|sandbox)/|^src/common/(node|scalars)/|^src/common/[^/]*\\.type\\.ts$|^src/common/(connection|errors|user-error|mutation-errors)\\.ts$",
              message: "src/wise imports no GraphQL code (modules, server, schema, GraphQL types of src/common).",
            },
          ],
          packages: [{ name: graphqlPackages, message: "src/wise imports no GraphQL package." }],
        },
      ],
    },
  },
  // A module may use another module's types, but not its resolvers or mutations.
  {
    files: ["src/modules/**"],
    plugins: { layers },
    rules: {
      "layers/imports": [
        "error",
        {
          forbid: [
            {
              path: "^src/modules/(?!{module}/)[^/]+/(.+/)?[^/]+\\.(resolver|mutations)\\.ts$",
              message: "a module does not import another module's resolvers or mutations.",
            },
          ],
        },
      ],
    },
  },
  // Configuration is read from the environment in one place, src/config.ts; the rest gets values.
  {
    files: ["src/**"],
    ignores: ["src/config.ts", "src/config/**"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "read configuration in src/config.ts and pass the value in." }],
    },
  },
  // Tests read GraphQL and Wise answers as loose JSON: a typed shape for every answer would only repeat the assertions.
  {
    files: ["test/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
