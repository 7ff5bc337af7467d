import { Directive, Field, ID, InterfaceType } from "type-graphql";

@Directive("@cacheControl(scope: PRIVATE)")
@InterfaceType("Node", {
  description: "An object with a globally unique, opaque ID that `node(id:)` can refetch (Relay Global Object Identification).",
})
export abstract class Node {
  @Field(() => ID, { description: "The globally unique, opaque ID of this object. Pass it to `node(id:)` to refetch it." })
  id!: string;
}
