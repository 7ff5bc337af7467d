import { Field, ObjectType, type ClassType } from "type-graphql";
import { PageInfo } from "./page-info.type.js";

export interface EdgeShape<T> {
  cursor: string;
  node: T;
}

/**
 * Builds the GitHub/Relay-shaped connection for a node type: `edges { cursor node }`, `nodes`
 * and `pageInfo`. Use as `class ActivityConnection extends Connection(Activity, "activity") {}`.
 */
export function Connection<T extends object>(nodeType: ClassType<T>, noun: string, plural = `${noun}s`) {
  @ObjectType(`${nodeType.name}Edge`, { description: `An edge in a list of ${plural}: one ${noun} and the cursor that points at it.` })
  class Edge implements EdgeShape<T> {
    @Field({ description: `An opaque cursor for this ${noun}; pass it as \`after\` to continue after it.` })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${noun} at the end of this edge.` })
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [Edge], { description: `The ${plural} of this page, each with its cursor.` })
    edges!: Edge[];

    @Field(() => [nodeType], { description: `The ${plural} of this page, without cursors: a shortcut for \`edges { node }\`.` })
    nodes!: T[];

    @Field(() => PageInfo, { description: "Information to fetch the next page." })
    pageInfo!: PageInfo;
  }

  return ConnectionType;
}
