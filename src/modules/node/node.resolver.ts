import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { badUserInput, notFound } from "../../common/errors.js";
import { parseGlobalId } from "../../common/node/global-id.js";
import { Node } from "../../common/node/node.interface.js";
import type { Context } from "../../context/context.js";
import { nodeTypeNamed } from "./node.registry.js";

/** The most ids one `nodes` call may ask for. */
const MAX_NODES = 100;

async function fetchNode(ctx: Context, id: string, argument: string): Promise<Node> {
  const { type, key } = parseGlobalId(id, argument);
  const nodeType = nodeTypeNamed(type);
  if (!nodeType) throw notFound(`A ${type}`);
  const node = await nodeType.fetch(ctx, key);
  // A Profile id of the wrong kind (PersonalProfile id naming a business) is not that node.
  if (node.id !== id) throw notFound(`The ${type}`);
  return node;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Refetches any object by its global ID (Relay Global Object Identification)." })
  node(@Arg("id", () => ID, { description: "The global ID of the object." }) id: string, @Ctx() ctx: Context): Promise<Node> {
    return fetchNode(ctx, id, "id");
  }

  @Query(() => [Node], {
    nullable: "items",
    description: "Refetches several objects by their global IDs, in order; an entry is null (with an error) where its ID cannot be read.",
  })
  nodes(@Arg("ids", () => [ID], { description: `Global IDs of the objects, at most ${MAX_NODES}.` }) ids: string[], @Ctx() ctx: Context): Array<Promise<Node>> {
    if (ids.length > MAX_NODES) throw badUserInput(`Argument "ids" may hold at most ${MAX_NODES} IDs.`, "ids");
    return ids.map((id, index) => fetchNode(ctx, id, `ids[${index}]`));
  }
}
