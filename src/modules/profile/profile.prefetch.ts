import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from "graphql";
import type { Context } from "../../context/context.js";

type Prefetch = (ctx: Context, profileId: number, args: Record<string, unknown>) => Promise<unknown>;

/** The Profile fields that only need the profile's id, by name, and how each reads its data. */
const prefetches = new Map<string, Prefetch>();

/**
 * Declares, on a Profile field's resolver, that `profile(id:)` may read the field's data ahead:
 * `read` gets the profile's Wise id and the field's arguments, and must read through the same
 * per-request loader the field uses, so the field finds the call in flight. The module that owns
 * the field declares it; the field's name is the method's.
 */
export function PrefetchWithProfile<A>(read: (ctx: Context, profileId: number, args: A) => Promise<unknown>): MethodDecorator {
  return (_prototype, field) => {
    if (prefetches.has(String(field))) throw new Error(`Profile.${String(field)} already has a prefetch.`);
    prefetches.set(String(field), read as unknown as Prefetch);
  };
}

/**
 * `profile(id:)` knows the profile's Wise id before Wise answers for it, and the lists the query
 * asks under it (those declared with `PrefetchWithProfile`) need nothing else: this starts them
 * at once, alongside the profile itself, instead of one round trip later. Each list is read
 * through the same per-request loader its field uses, so the field finds the call in flight and
 * no call is made twice. Arguments the field would refuse start nothing (the field reports them);
 * for a profile Wise refuses, the early calls fail the same way and their answers are dropped.
 */
export function prefetchProfileLists(ctx: Context, profileId: number, typeName: string, info: GraphQLResolveInfo): void {
  const type = info.schema.getType(typeName);
  if (!isObjectType(type)) return;
  const fields = type.getFields();
  for (const node of selectedFields(info.fieldNodes, typeName, info)) {
    const prefetch = prefetches.get(node.name.value);
    const definition = fields[node.name.value];
    if (!prefetch || !definition) continue;
    try {
      const args = getArgumentValues(definition, node, info.variableValues);
      prefetch(ctx, profileId, args).catch(() => undefined);
    } catch {
      // Refused arguments: the field itself throws the error for them.
    }
  }
}

function* selectedFields(fieldNodes: readonly FieldNode[], typeName: string, info: GraphQLResolveInfo): Generator<FieldNode> {
  const seen = new Set<FragmentDefinitionNode>();
  function* walk(selectionSet: SelectionSetNode | undefined): Generator<FieldNode> {
    for (const selection of selectionSet?.selections ?? []) {
      if (!included(selection, info)) continue;
      if (selection.kind === Kind.FIELD) yield selection;
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value, typeName)) yield* walk(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && !seen.has(fragment) && applies(fragment.typeCondition.name.value, typeName)) {
          seen.add(fragment);
          yield* walk(fragment.selectionSet);
        }
      }
    }
  }
  for (const node of fieldNodes) yield* walk(node.selectionSet);
}

/** A fragment on the profile's own type or on an interface it implements. */
function applies(condition: string | undefined, typeName: string): boolean {
  return condition === undefined || condition === typeName || condition === "Profile" || condition === "Node";
}

function included(node: Parameters<typeof getDirectiveValues>[1], info: GraphQLResolveInfo): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
}
