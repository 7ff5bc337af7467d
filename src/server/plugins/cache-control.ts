import type { ApolloServerPlugin } from "@apollo/server";
import {
  getNamedType,
  getOperationAST,
  isCompositeType,
  Kind,
  type ConstDirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import { PerDocumentCache } from "./per-document.js";

type Scope = "PUBLIC" | "PRIVATE";
/** A `@cacheControl` hint, or the policy of a whole operation. */
interface Hint {
  maxAge?: number;
  scope?: Scope;
  inheritMaxAge?: boolean;
}

/**
 * `Cache-Control` from the schema's `@cacheControl` hints, worked out once per document instead
 * of once per resolved field. Apollo's own plugin wraps every resolver of the schema to collect a
 * hint per field at run time; our hints are all static (no resolver sets one), so the same rules
 * applied to the document's selections give the same header, or a stricter one (a field under a
 * null parent still counts), without a wrapper around every resolver on every request.
 *
 * The rules are Apollo's: a field returning an object, interface or union takes that type's hint,
 * then its own; a root field or a field returning a composite type without a maxAge gets the
 * default (0); the operation's policy is the lowest maxAge and PRIVATE if any part is private.
 * An answer with errors, a mutation without hints, or a maxAge of 0 gets `no-store`.
 */
export function staticCacheControlPlugin(schema: GraphQLSchema, defaultMaxAge = 0): ApolloServerPlugin {
  const policies = new PerDocumentCache<Hint>();
  const typeHints = new Map<GraphQLCompositeType, Hint>();
  const fieldHints = new Map<GraphQLField<unknown, unknown>, Hint>();
  const typeHint = (type: GraphQLCompositeType) => {
    let hint = typeHints.get(type);
    if (!hint) typeHints.set(type, (hint = hintFrom([type.astNode, ...(type.extensionASTNodes ?? [])])));
    return hint;
  };
  const fieldHint = (field: GraphQLField<unknown, unknown>) => {
    let hint = fieldHints.get(field);
    if (!hint) fieldHints.set(field, (hint = hintFrom([field.astNode])));
    return hint;
  };

  function computePolicy(document: DocumentNode, operationName: string | undefined): Hint {
    const operation = getOperationAST(document, operationName);
    const root = operation && schema.getRootType(operation.operation);
    const overall: Hint = {};
    if (!operation || !root) return overall;
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    const seenFragments = new Set<string>();

    const visit = (parent: GraphQLCompositeType, selectionSet: SelectionSetNode, isRoot: boolean) => {
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
          if (on && isCompositeType(on)) visit(on, selection.selectionSet, isRoot);
        } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const fragment = fragments.get(selection.name.value);
          if (!fragment || seenFragments.has(fragment.name.value)) continue;
          seenFragments.add(fragment.name.value);
          const on = schema.getType(fragment.typeCondition.name.value);
          if (on && isCompositeType(on)) visit(on, fragment.selectionSet, isRoot);
        } else {
          // __typename and introspection fields carry no hint (Apollo does not see them either).
          if (selection.name.value.startsWith("__") || !("getFields" in parent)) continue;
          const field = parent.getFields()[selection.name.value] as GraphQLField<unknown, unknown> | undefined;
          if (!field) continue;
          const target = getNamedType(field.type);
          const policy: Hint = {};
          let inheritMaxAge = false;
          if (isCompositeType(target)) {
            replace(policy, typeHint(target));
            inheritMaxAge = Boolean(typeHint(target).inheritMaxAge);
          }
          const own = fieldHint(field);
          if (own.inheritMaxAge && policy.maxAge === undefined) {
            inheritMaxAge = true;
            if (own.scope) policy.scope = own.scope;
          } else {
            replace(policy, own);
          }
          if (policy.maxAge === undefined && ((isCompositeType(target) && !inheritMaxAge) || isRoot)) restrict(policy, { maxAge: defaultMaxAge });
          restrict(overall, policy);
          if (selection.selectionSet && isCompositeType(target)) visit(target, selection.selectionSet, false);
        }
      }
    };
    visit(root, operation.selectionSet, true);
    return overall;
  }

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, overallCachePolicy }) {
          const { maxAge, scope } = policies.get(document, operationName ?? "", () => computePolicy(document, operationName ?? undefined));
          overallCachePolicy.restrict({ maxAge, scope });
        },
        async willSendResponse({ response, overallCachePolicy }) {
          const cacheable = overallCachePolicy.policyIfCacheable();
          const ok = response.body.kind === "single" && !response.body.singleResult.errors;
          response.http.headers.set("cache-control", cacheable && ok ? `max-age=${cacheable.maxAge}, ${cacheable.scope.toLowerCase()}` : "no-store");
        },
      };
    },
  };
}

function replace(policy: Hint, hint: Hint): void {
  if (hint.maxAge !== undefined) policy.maxAge = hint.maxAge;
  if (hint.scope !== undefined) policy.scope = hint.scope;
}

function restrict(policy: Hint, hint: Hint): void {
  if (hint.maxAge !== undefined && (policy.maxAge === undefined || hint.maxAge < policy.maxAge)) policy.maxAge = hint.maxAge;
  if (hint.scope === "PRIVATE") policy.scope = "PRIVATE";
  else if (hint.scope === "PUBLIC" && policy.scope === undefined) policy.scope = "PUBLIC";
}

/** The `@cacheControl(maxAge, scope, inheritMaxAge)` hint written on these AST nodes, if any. */
function hintFrom(nodes: ReadonlyArray<{ readonly directives?: ReadonlyArray<ConstDirectiveNode> } | null | undefined>): Hint {
  for (const node of nodes) {
    const directive = node?.directives?.find((d) => d.name.value === "cacheControl");
    if (!directive) continue;
    const argument = (name: string) => directive.arguments?.find((a) => a.name.value === name)?.value;
    const maxAge = argument("maxAge");
    const scope = argument("scope");
    const inherit = argument("inheritMaxAge");
    const hint: Hint = {};
    if (scope?.kind === Kind.ENUM && (scope.value === "PUBLIC" || scope.value === "PRIVATE")) hint.scope = scope.value;
    if (inherit?.kind === Kind.BOOLEAN && inherit.value) return { ...hint, inheritMaxAge: true };
    if (maxAge?.kind === Kind.INT) hint.maxAge = Number.parseInt(maxAge.value, 10);
    return hint;
  }
  return {};
}
