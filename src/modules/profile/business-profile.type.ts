import { Directive, Field, ObjectType } from "type-graphql";
import { Node } from "../../common/node/node.interface.js";
import { Profile } from "./profile.interface.js";

@Directive('@key(fields: "id")')
@Directive("@cacheControl(scope: PRIVATE)")
@ObjectType({ simpleResolvers: true, implements: [Node, Profile], description: "A company's Wise profile, managed by a person with their own personal profile." })
export class BusinessProfile extends Profile {
  @Field(() => String, { nullable: true, description: "Registered business name." })
  businessName!: string | null;

  @Field(() => String, { nullable: true, description: "Company registration number." })
  registrationNumber!: string | null;

  @Field(() => String, { nullable: true, description: "Short description of what the business does, as a Wise category code (such as SOFTWARE_DEVELOPMENT)." })
  descriptionOfBusiness!: string | null;

  @Field(() => String, { nullable: true, description: "Free-form description of the business activities." })
  businessFreeFormDescription!: string | null;

  @Field(() => String, { nullable: true, description: "The business website." })
  webpage!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Legal form of the company as Wise names it, such as LIMITED, SOLE_TRADER or LIMITED_LIABILITY_COMPANY.",
  })
  companyType!: string | null;

  @Field(() => String, { nullable: true, description: "The managing person's role in the company: OWNER, DIRECTOR or OTHER." })
  companyRole!: string | null;

  @Field(() => String, { nullable: true, description: "Primary business category." })
  firstLevelCategory!: string | null;

  @Field(() => String, { nullable: true, description: "Secondary business category." })
  secondLevelCategory!: string | null;

  /** Wise ids of operational addresses. */
  operationalAddressIds!: number[];
}
