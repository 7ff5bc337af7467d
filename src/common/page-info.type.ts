import { Directive, Field, ObjectType } from "type-graphql";

// Every Relay-style subgraph has a PageInfo; @shareable lets them compose in one supergraph.
@Directive("@shareable")
@ObjectType({ simpleResolvers: true, description: "Where a page of a connection sits in the whole list (Relay Cursor Connections)." })
export class PageInfo {
  @Field({ description: "True when more items follow this page; fetch them with `after: endCursor`." })
  hasNextPage!: boolean;

  @Field({
    description:
      "True when items precede this page: on a connection that pages forwards only, every page after the first. `Balance.statement` also pages backwards (`last`, `before`).",
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "The cursor of the first edge of this page, or null when the page is empty." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "The cursor of the last edge of this page; pass it as `after` to get the next page." })
  endCursor!: string | null;
}
