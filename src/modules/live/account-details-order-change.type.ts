import { Field, ObjectType } from "type-graphql";
import { CurrencyCodeScalar } from "../../common/scalars/index.js";
import { LiveEventFields } from "./live-event.fields.js";

@ObjectType({ simpleResolvers: true, description: "One requirement of an account details order, as the event lists it." })
export class AccountDetailsOrderChangeRequirement {
  @Field(() => String, { description: "The requirement, as Wise names it (e.g. VERIFICATION)." })
  type!: string;

  @Field(() => String, { description: "Its state, as Wise names it (e.g. DONE, PENDING)." })
  status!: string;
}

@ObjectType({
  simpleResolvers: true,
  implements: LiveEventFields,
  description: "An order of bank account details for the profile changed state (Wise's account-details-order#order-state-change event).",
})
export class AccountDetailsOrderChange extends LiveEventFields {
  @Field(() => String, { description: "Wise's id of the order." })
  orderId!: string;

  @Field(() => CurrencyCodeScalar, { nullable: true, description: "The currency of the account details ordered." })
  currency!: string | null;

  @Field(() => String, { description: "The order's state, as Wise names it (PENDING_USER, PENDING_TW, REQUIREMENTS_FULFILLED, DONE)." })
  status!: string;

  @Field({ description: "Whether the account details have been issued (then the profile's bankAccountDetails lists them)." })
  accountDetailsIssued!: boolean;

  @Field(() => [AccountDetailsOrderChangeRequirement], { description: "The order's requirements and their states." })
  requirements!: AccountDetailsOrderChangeRequirement[];
}
