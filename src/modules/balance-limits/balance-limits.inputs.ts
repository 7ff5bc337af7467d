import { Field, ID, InputType } from "type-graphql";
import { SafeIntScalar } from "../../common/scalars/index.js";

@InputType({ description: "The breach to close and the recipient who receives the excess." })
export class HoldLimitBreachCloseInput {
  @Field(() => ID, { description: "The global ID of the profile the breach belongs to." })
  profileId!: string;

  @Field(() => SafeIntScalar, { description: "The breach's wiseId." })
  holdLimitBreachId!: number;

  @Field(() => ID, { description: "The global ID of the profile's recipient, in the breach's currency, who receives the excess." })
  recipientId!: string;
}

@InputType({ description: "The recipient who receives money above the profile's hold limit." })
export class ExcessMoneyAccountSetInput {
  @Field(() => ID, { description: "The global ID of the profile." })
  profileId!: string;

  @Field(() => ID, { description: "The global ID of one of the profile's recipients." })
  recipientId!: string;
}
