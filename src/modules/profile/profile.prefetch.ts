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
import { loadActivityPage, type ActivityListArgs } from "../activity/activity.paging.js";
import type { BalanceType } from "../balance/balance.enums.js";
import { loadProfileBalances } from "../balance/balance.load.js";
import { loadTransferPage, type TransferListArgs } from "../transfer/transfer.paging.js";

type Prefetch = (ctx: Context, profileId: number, args: Record<string, unknown>) => Promise<unknown>;

/** The lists under a profile that only need its id, and how each is read (the same way as its field). */
const PREFETCHES: Record<string, Prefetch> = {
  transfers: (ctx, profileId, args) => loadTransferPage(ctx, profileId, args as unknown as TransferListArgs),
  activities: (ctx, profileId, args) => loadActivityPage(ctx, profileId, args as unknown as ActivityListArgs),
  balances: (ctx, profileId, args) => loadProfileBalances(ctx, profileId, args.types as BalanceType[] | undefined),
  addresses: (ctx, profileId) => ctx.loaders.addressesByProfile.load(profileId),
};

/**
 * `profile(id:)` knows the profile's Wise id before Wise answers for it, and the lists the query
 * asks under it (transfers, activities, balances, addresses) need nothing else: this starts them
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
    const prefetch = PREFETCHES[node.name.value];
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
