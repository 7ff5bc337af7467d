import { Field, ObjectType } from "type-graphql";
import { Money } from "../../common/money.type.js";
import { DateTimeScalar } from "../../common/scalars/index.js";
import { KycReviewSimulationRequirementState } from "./simulation.enums.js";

@ObjectType({ simpleResolvers: true, description: "One requirement of a KYC review as Wise's simulation reports it (verified and rejected ones included)." })
export class KycReviewSimulationRequirement {
  @Field({ description: "The requirement's key, such as ID_DOCUMENT." })
  key!: string;

  @Field(() => KycReviewSimulationRequirementState, { description: "Where it stands." })
  state!: KycReviewSimulationRequirementState;

  @Field(() => String, { nullable: true, description: "Wise's description, when it gives one." })
  description!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "The Swift message Wise logged for a simulated incoming Swift payment." })
export class SwiftInMessage {
  @Field({ description: "Wise's id of the message." })
  messageId!: string;

  @Field({ description: "The payment's unique end-to-end transaction reference (UETR)." })
  uetr!: string;

  @Field({ description: "The message's state, RECEIVED once logged." })
  state!: string;

  @Field(() => Money, { description: "The amount credited." })
  amount!: Money;

  @Field(() => DateTimeScalar, { nullable: true, description: "When Wise processed it." })
  processedAt!: Date | null;
}
