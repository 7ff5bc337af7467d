// Writes docs/wise-coverage.md: every operation of Wise's spec (from the committed index
// test/fixtures/wise/operations.json), and the GraphQL fields that reach it, read from the code:
//   1. each endpoint function in src/wise/endpoints/*.ts names its operations with
//      `@wiseOperation METHOD /path` JSDoc tags;
//   2. the TypeScript compiler resolves every name used in the code to its declaration, which
//      gives a graph "this declaration uses that one" (types and decorators left out);
//   3. a GraphQL field reaches an endpoint function when the graph leads from its resolver
//      method (@Query, @Mutation, @FieldResolver, @Subscription) to the function, through
//      helpers, loaders and the request context.
// `npm test` regenerates the file in memory and fails when the committed one differs.
// Usage: npm run docs:coverage

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const COVERAGE_DOC = "docs/wise-coverage.md";
const OPERATION_TAG = "wiseOperation";
const FIELD_DECORATORS = { Query: "Query", Mutation: "Mutation", Subscription: "Subscription", FieldResolver: null };

const readJson = (root, file) => JSON.parse(fs.readFileSync(path.join(root, file), "utf8"));

/** The TypeScript program of src/, as the build compiles it. */
function loadProgram(root) {
  const configFile = path.join(root, "src/tsconfig.json");
  const host = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  };
  const config = ts.getParsedCommandLineOfConfigFile(configFile, {}, host);
  return ts.createProgram({ rootNames: config.fileNames, options: { ...config.options, noEmit: true } });
}

const decoratorName = (decorator) => {
  const e = decorator.expression;
  return ts.isCallExpression(e) && ts.isIdentifier(e.expression) ? e.expression.text : undefined;
};

/** `name: "..."` in a decorator's options object, if any. */
function nameOption(call) {
  for (const arg of call.arguments) {
    if (!ts.isObjectLiteralExpression(arg)) continue;
    for (const p of arg.properties) {
      if (ts.isPropertyAssignment(p) && p.name.getText() === "name" && ts.isStringLiteralLike(p.initializer)) return p.initializer.text;
    }
  }
  return undefined;
}

/** The type a @Resolver(() => Type) class resolves fields of. */
function resolverParent(call) {
  const [first] = call.arguments;
  if (first === undefined) return undefined;
  const target = ts.isArrowFunction(first) ? first.body : first;
  return ts.isIdentifier(target) ? target.text : undefined;
}

/**
 * Endpoint functions, the GraphQL fields (resolver methods) and, for each field, the endpoint
 * functions it reaches.
 */
/** Files that only list declarations (see `isBarrier`), and the fields that refetch any Node. */
const BARRIER_FILES = new Set(["src/modules/index.ts"]);
const NODE_FIELDS = new Set(["Query.node", "Query.nodes"]);

export function analyse(root = ROOT) {
  const program = loadProgram(root);
  const checker = program.getTypeChecker();
  const srcDir = path.join(root, "src") + path.sep;
  const endpointsDir = path.join(root, "src/wise/endpoints") + path.sep;
  const ours = (node) => {
    const file = node.getSourceFile();
    return !file.isDeclarationFile && path.resolve(file.fileName).startsWith(srcDir);
  };
  const files = program.getSourceFiles().filter((f) => !f.isDeclarationFile && path.resolve(f.fileName).startsWith(srcDir));
  const relative = (node) => path.relative(root, node.getSourceFile().fileName).split(path.sep).join("/");

  // 1. Endpoint functions and their @wiseOperation tags.
  const endpoints = new Map();
  for (const file of files.filter((f) => path.resolve(f.fileName).startsWith(endpointsDir))) {
    for (const statement of file.statements) {
      if (!ts.isFunctionDeclaration(statement) || statement.name === undefined) continue;
      if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      const operations = ts
        .getJSDocTags(statement)
        .filter((t) => t.tagName.text === OPERATION_TAG)
        .map((t) => (ts.getTextOfJSDocComment(t.comment) ?? "").trim());
      endpoints.set(statement, { name: statement.name.text, file: relative(statement), operations, calls: callsIn(statement), fields: [] });
    }
  }

  // 2. The "uses" graph, built lazily from declarations.
  const targetsOf = (symbol) => {
    if (symbol === undefined) return [];
    const resolved = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return (resolved.declarations ?? []).filter(ours);
  };
  /** The code whose names a declaration uses when it runs (its body or initializer). */
  const codeOf = (decl) => {
    if (ts.isFunctionLike(decl)) return [decl.body, ...decl.parameters.map((p) => p.initializer)];
    if (ts.isVariableDeclaration(decl) || ts.isPropertyAssignment(decl) || ts.isPropertyDeclaration(decl)) return [decl.initializer];
    if (ts.isBindingElement(decl)) {
      let up = decl.parent;
      while (up !== undefined && !ts.isVariableDeclaration(up) && !ts.isParameter(up)) up = up.parent;
      return [up?.initializer, decl.initializer];
    }
    if (ts.isShorthandPropertyAssignment(decl)) return [decl.name];
    if (ts.isClassLike(decl)) return decl.members.filter((m) => ts.isConstructorDeclaration(m) || ts.isPropertyDeclaration(m) || ts.isClassStaticBlockDeclaration(m));
    if (ts.isExportAssignment(decl)) return [decl.expression];
    return [];
  };
  const edges = new Map();
  const usesOf = (decl) => {
    let found = edges.get(decl);
    if (found !== undefined) return found;
    found = new Set();
    const visit = (node) => {
      if (node === undefined || ts.isTypeNode(node) || ts.isDecorator(node) || ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node)) return;
      if (ts.isShorthandPropertyAssignment(node)) targetsOf(checker.getShorthandAssignmentValueSymbol(node)).forEach((d) => found.add(d));
      if (ts.isIdentifier(node)) targetsOf(checker.getSymbolAtLocation(node)).forEach((d) => found.add(d));
      ts.forEachChild(node, visit);
    };
    for (const code of codeOf(decl)) {
      if (code === undefined) continue;
      if (ts.isShorthandPropertyAssignment(decl)) targetsOf(checker.getShorthandAssignmentValueSymbol(decl)).forEach((d) => found.add(d));
      else if (ts.isClassElement(code) && code !== decl) codeOf(code).forEach(visit);
      else visit(code);
    }
    found.delete(decl);
    edges.set(decl, found);
    return found;
  };
  // The module list declares every module at once: walking through it would make every field
  // that parses a global id (which reads the registry) reach every module's code. It is a
  // barrier; `node`/`nodes` instead reach each Node type's `fetch`, which is what they run.
  const isBarrier = (decl) => BARRIER_FILES.has(relative(decl));
  const nodeFetches = [];
  for (const file of files) {
    const visit = (node) => {
      if (ts.isCallExpression(node) && node.expression.getText() === "defineNode" && node.arguments[0] && ts.isObjectLiteralExpression(node.arguments[0])) {
        const fetch = node.arguments[0].properties.find((p) => p.name?.getText() === "fetch");
        if (fetch) nodeFetches.push(fetch);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  const reachedFrom = (start, also = []) => {
    const seen = new Set([start, ...also]);
    const stack = [start, ...also];
    const reached = new Set();
    while (stack.length > 0) {
      const decl = stack.pop();
      if (decl !== start && isBarrier(decl)) continue;
      if (endpoints.has(decl)) reached.add(decl);
      for (const next of usesOf(decl)) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    return reached;
  };

  // 3. GraphQL fields: methods of @Resolver classes with a field decorator.
  const fields = [];
  for (const file of files) {
    const visit = (node) => {
      if (ts.isClassDeclaration(node)) {
        const resolver = ts.getDecorators(node)?.find((d) => decoratorName(d) === "Resolver");
        if (resolver !== undefined) {
          const parent = resolverParent(resolver.expression);
          for (const member of node.members) {
            if (!ts.isMethodDeclaration(member) || member.name === undefined) continue;
            for (const decorator of ts.getDecorators(member) ?? []) {
              const kind = decoratorName(decorator);
              if (kind === undefined || !(kind in FIELD_DECORATORS)) continue;
              const type = FIELD_DECORATORS[kind] ?? parent;
              const field = `${type ?? "?"}.${nameOption(decorator.expression) ?? member.name.getText()}`;
              const reached = reachedFrom(member, NODE_FIELDS.has(field) ? nodeFetches : []);
              fields.push({ field, kind, file: relative(member), endpoints: [...reached].map((d) => endpoints.get(d).name).sort() });
              for (const d of reached) endpoints.get(d).fields.push(field);
            }
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  fields.sort((a, b) => compare(a.field, b.field));
  const list = [...endpoints.values()].map((e) => ({ ...e, fields: [...new Set(e.fields)].sort(compare) }));
  list.sort((a, b) => compare(a.file, b.file) || compare(a.name, b.name));
  return { endpoints: list, fields };
}

/** The HTTP methods and path templates an endpoint function's body hands to the client. */
function callsIn(fn) {
  const methods = new Set();
  const routes = [];
  const visit = (node) => {
    if (ts.isPropertyAssignment(node) && node.name.getText() === "method") {
      const collect = (e) => {
        if (ts.isStringLiteralLike(e)) methods.add(e.text);
        else ts.forEachChild(e, collect);
      };
      collect(node.initializer);
    }
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === "route") {
      const t = node.template;
      routes.push(ts.isNoSubstitutionTemplateLiteral(t) ? t.text : t.head.text + t.templateSpans.map((s) => "{}" + s.literal.text).join(""));
    }
    ts.forEachChild(node, visit);
  };
  visit(fn);
  return { methods: [...methods].sort(), routes };
}

const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const pathShape = (p) => p.replace(/\{[^}/]+\}/g, "{}").replace(/:[^/]+/g, "{}");
/** Does a route template (ids blanked as `{}`) fit an operation path? `{}` also stands for a literal segment. */
export function routeFits(template, operationPath) {
  const a = template.split("/");
  const b = pathShape(operationPath).split("/");
  return a.length === b.length && a.every((seg, i) => seg === b[i] || seg === "{}");
}

/** Everything the document and its test need: the index, the analysis, exclusions, and the joins. */
export function coverage(root = ROOT, analysis = analyse(root)) {
  const index = readJson(root, "test/fixtures/wise/operations.json");
  const outsideSpec = readJson(root, "test/fixtures/wise/routes-outside-spec.json");
  const exclusions = readJson(root, "scripts/wise-coverage-exclusions.json");
  const { endpoints, fields } = analysis;
  const label = (o) => `${o.method} ${o.path}`;
  const fieldsByOperation = new Map();
  const endpointsByOperation = new Map();
  for (const e of endpoints) {
    for (const op of e.operations) {
      if (!fieldsByOperation.has(op)) fieldsByOperation.set(op, new Set());
      e.fields.forEach((f) => fieldsByOperation.get(op).add(f));
      endpointsByOperation.set(op, [...(endpointsByOperation.get(op) ?? []), e.name]);
    }
  }
  const whyExcluded = new Map(exclusions.flatMap((x) => x.operations.map((op) => [op, x.why])));
  return { index, outsideSpec, exclusions, endpoints, fields, label, fieldsByOperation, endpointsByOperation, whyExcluded };
}

const code = (s) => "`" + s + "`";
const pct = (n, d) => (d === 0 ? "-" : `${Math.round((100 * n) / d)}%`);

/** The Markdown of docs/wise-coverage.md (from an analysis already made, if given). */
export function renderCoverage(root = ROOT, analysis = undefined) {
  const c = coverage(root, analysis ?? analyse(root));
  const current = c.index.operations.filter((o) => !o.deprecated);
  const deprecated = c.index.operations.filter((o) => o.deprecated);
  const tagName = new Map(c.index.tags.map((t) => [t.name, t.displayName]));
  const fieldsOf = (o) => [...(c.fieldsByOperation.get(c.label(o)) ?? [])].sort(compare);
  const statusOf = (o) => {
    const reached = fieldsOf(o);
    if (reached.length > 0) return { covered: true, text: reached.map(code).join(", ") };
    const why = c.whyExcluded.get(c.label(o));
    if (why !== undefined) return { excluded: true, text: `not exposed: ${why}` };
    return { text: "not yet" };
  };

  const byTag = new Map();
  for (const o of current) {
    const tag = o.tags[0] ?? "(untagged)";
    if (!byTag.has(tag)) byTag.set(tag, []);
    byTag.get(tag).push(o);
  }
  const tags = [...byTag.keys()].sort((a, b) => compare(tagName.get(a) ?? a, tagName.get(b) ?? b));
  const count = (ops, key) => ops.filter((o) => statusOf(o)[key]).length;
  const covered = count(current, "covered");
  const excluded = count(current, "excluded");

  const lines = [
    "# Wise API coverage",
    "",
    "<!-- Generated by `npm run docs:coverage` (scripts/wise-coverage.mjs). Do not edit by hand: `npm test` fails when this file is out of date. -->",
    "",
    `The GraphQL API reaches **${covered} of the ${current.length} current operations** (${pct(covered, current.length)}) of Wise's OpenAPI spec; ${excluded} more are deliberately not exposed. ${deprecated.length} deprecated operations are listed apart and not counted.`,
    "",
    "How this is derived, from the code rather than a hand-kept list:",
    "",
    "- The operations come from `test/fixtures/wise/operations.json`, the index of Wise's spec made by `npm run facts:extract`.",
    "- Each endpoint function in `src/wise/endpoints/*.ts` names the operations it calls with a `@wiseOperation METHOD /path` JSDoc tag; a test checks each tag is an operation of the index (or a route listed in `test/fixtures/wise/routes-outside-spec.json`) and matches the method and path the function calls.",
    "- The TypeScript compiler resolves every name the code uses to its declaration. A GraphQL field reaches an operation when, from its resolver method (`@Query`, `@Mutation`, `@FieldResolver`), these uses lead to the endpoint function: directly, or through helpers, loaders and the request context. Type annotations and decorators are not followed. Federation's `_entities` is not a resolver method and is not listed; it refetches through the same node registry as `Query.node`, so it reaches what `Query.node` reaches.",
    "- Operations deliberately left out, and why, are the table in `scripts/wise-coverage-exclusions.json`.",
    "",
    "## Totals",
    "",
    "| Tag | Covered | Not exposed | Not yet | Total | Covered / total |",
    "|---|---:|---:|---:|---:|---:|",
  ];
  for (const tag of tags) {
    const ops = byTag.get(tag);
    const k = count(ops, "covered");
    const x = count(ops, "excluded");
    lines.push(`| ${tagName.get(tag) ?? tag} (${code(tag)}) | ${k} | ${x} | ${ops.length - k - x} | ${ops.length} | ${pct(k, ops.length)} |`);
  }
  lines.push(`| **All** | **${covered}** | **${excluded}** | **${current.length - covered - excluded}** | **${current.length}** | **${pct(covered, current.length)}** |`, "");

  lines.push("## Operations by tag", "", "Each operation is listed under its first tag.", "");
  for (const tag of tags) {
    lines.push(`### ${tagName.get(tag) ?? tag} (${code(tag)})`, "", "| Operation | operationId | Reached from |", "|---|---|---|");
    for (const o of byTag.get(tag)) lines.push(`| ${code(c.label(o))} | ${code(o.operationId)} | ${statusOf(o).text} |`);
    lines.push("");
  }

  const outside = [...c.fieldsByOperation.keys()].filter((op) => !c.index.operations.some((o) => c.label(o) === op)).sort(compare);
  lines.push(
    "## Called routes missing from the spec",
    "",
    "Wise serves these, but its published spec does not document them.",
    "",
    "| Route | Reached from | Why it is missing |",
    "|---|---|---|",
  );
  for (const op of outside) {
    const why = c.outsideSpec.find((r) => routeFits(pathShape(r.route.split(" ")[1]), op.split(" ")[1]) && r.route.startsWith(op.split(" ")[0] + " "))?.why ?? "";
    lines.push(`| ${code(op)} | ${[...c.fieldsByOperation.get(op)].sort(compare).map(code).join(", ")} | ${why} |`);
  }
  lines.push("");

  lines.push("## Deprecated operations (not counted)", "", "| Operation | operationId | Tag | Reached from |", "|---|---|---|---|");
  for (const o of deprecated) {
    const reached = fieldsOf(o);
    lines.push(`| ${code(c.label(o))} | ${code(o.operationId)} | ${code(o.tags[0] ?? "")} | ${reached.length > 0 ? reached.map(code).join(", ") : "-"} |`);
  }
  lines.push("");
  return lines.join("\n");
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(path.join(ROOT, COVERAGE_DOC), renderCoverage());
  console.log(`wrote ${COVERAGE_DOC}`);
}
