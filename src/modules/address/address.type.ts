import { Directive, Field, ObjectType } from "type-graphql";
import { Node } from "../../common/node/node.interface.js";
import { SafeIntScalar } from "../../common/scalars/index.js";

@ObjectType({ simpleResolvers: true, description: "An occupation recorded on an address, which Wise requires in some countries and states." })
export class Occupation {
  @Field({ description: "The occupation, as the customer described it." })
  code!: string;

  @Field(() => String, { nullable: true, description: "How `code` is written; Wise uses FREE_FORM." })
  format!: string | null;
}

@Directive('@key(fields: "id")')
@Directive("@cacheControl(scope: PRIVATE)")
@ObjectType({ simpleResolvers: true, implements: Node, description: "A postal address Wise holds for a profile, such as its registered address." })
export class Address extends Node {
  @Field(() => SafeIntScalar, { description: "Wise's numeric id of this address." })
  wiseId!: number;

  @Field(() => String, { nullable: true, description: 'Two-letter ISO 3166-1 country code, such as "GB".' })
  country!: string | null;

  @Field(() => String, { nullable: true, description: "State or province code, where the country has them (US, CA, BR, AU)." })
  state!: string | null;

  @Field(() => String, { nullable: true, description: "City or town." })
  city!: string | null;

  @Field(() => String, { nullable: true, description: "Postal code." })
  postCode!: string | null;

  @Field(() => String, { nullable: true, description: "First line: street and number." })
  firstLine!: string | null;

  @Field(() => [Occupation], { description: "Occupations recorded with the address; empty when none." })
  occupations!: Occupation[];

  /** Wise id of the owning profile, resolved to `profile` by a field resolver. */
  profileId!: number;
}
