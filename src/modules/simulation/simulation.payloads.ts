import { Field, ObjectType } from "type-graphql";
import { SafeIntScalar } from "../../common/scalars/index.js";
import { UserError } from "../../common/user-error.js";
import { Balance } from "../balance/balance.type.js";
import { KycReview } from "../kyc-review/kyc-review.type.js";
import { Profile } from "../profile/profile.interface.js";
import { SwiftInMessage } from "./simulation.types.js";

@ObjectType({ simpleResolvers: true, description: "The result of profileSimulateVerification." })
export class ProfileSimulateVerificationPayload {
  @Field(() => Profile, { nullable: true, description: "The profile, verified (`verificationStatus.complete`); null when userErrors says why not." })
  profile!: Profile | null;

  @Field(() => [UserError], { description: "Why the profile was not verified; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of profilesSimulateVerification." })
export class ProfilesSimulateVerificationPayload {
  @Field(() => [Profile], { description: "Every profile of the caller, verified." })
  profiles!: Profile[];

  @Field(() => [UserError], { description: "Why the profiles were not verified; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of balanceSimulateTopUp." })
export class BalanceSimulateTopUpPayload {
  @Field(() => Balance, { nullable: true, description: "The balance after the top-up; null when userErrors says why not." })
  balance!: Balance | null;

  @Field(() => SafeIntScalar, { nullable: true, description: "Wise's id of the top-up's balance transaction; null when nothing was added." })
  balanceTransactionId!: number | null;

  @Field(() => [UserError], { description: "Why nothing was added; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of bankTransactionImportSimulate." })
export class BankTransactionImportSimulatePayload {
  @Field(() => Balance, { nullable: true, description: "The balance the bank details belong to, after the credit; null when userErrors says why not." })
  balance!: Balance | null;

  @Field(() => [UserError], { description: "Why nothing was received; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of swiftInSimulate." })
export class SwiftInSimulatePayload {
  @Field(() => SwiftInMessage, { nullable: true, description: "The Swift message Wise logged; null when userErrors says why not." })
  swiftMessage!: SwiftInMessage | null;

  @Field(() => Balance, { nullable: true, description: "The balance credited, after the credit; null when nothing was received." })
  balance!: Balance | null;

  @Field(() => [UserError], { description: "Why nothing was received; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of a KYC review simulation." })
export class KycReviewSimulatePayload {
  @Field(() => KycReview, { nullable: true, description: "The review after the change (its status follows its requirements); null when userErrors says why not." })
  kycReview!: KycReview | null;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors!: UserError[];
}
