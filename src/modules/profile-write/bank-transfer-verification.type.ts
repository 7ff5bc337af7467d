import { Field, ObjectType } from "type-graphql";
import { CurrencyCodeScalar } from "../../common/scalars/index.js";
import { Money } from "../../common/money.type.js";
import { BankTransferVerificationStatus } from "./profile-write.enums.js";

@ObjectType({ simpleResolvers: true, description: "Whether a profile's bank-transfer payments from one currency go through without verification holding them." })
export class BankTransferVerification {
  @Field(() => CurrencyCodeScalar, { description: "The source currency." })
  sourceCurrency!: string;

  @Field(() => BankTransferVerificationStatus, { description: "Whether the profile is verified for this currency." })
  status!: BankTransferVerificationStatus;

  @Field(() => Money, {
    nullable: true,
    description: "How much an unverified profile may still send before verification holds its payments (cumulative, not per transfer); ignore it when VERIFIED.",
  })
  maximumEntitledAmount!: Money | null;
}
