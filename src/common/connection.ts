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
  @ObjectType(`${nodeType.name}Edge`, { simpleResolvers: true, description: `An edge in a list of ${plural}: one ${noun} and the cursor that points at it.` })
  class Edge implements EdgeShape<T> {
    @Field({ description: `An opaque cursor for this ${noun}; pass it as \`after\` to continue after it.` })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${noun} at the end of this edge.` })
    node!: T;
  }

  @ObjectType({ simpleResolvers: true })
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

/**
 * Fills a connection object from one page of edges: `nodes` mirror the edges, and the page's
 * start and end cursors come from its first and last edge. Pages only go forwards, so a page
 * has a previous page exactly when it was asked for `after` a cursor.
 */
export function connectionOf<C extends object, T>(ConnectionClass: new () => C, edges: Array<EdgeShape<T>>, hasNextPage: boolean, after: string | null | undefined): C {
  return Object.assign(new ConnectionClass(), {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage,
      hasPreviousPage: after !== null && after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    }),
  });
}
