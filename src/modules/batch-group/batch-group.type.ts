import { Directive, Field, Int, ObjectType } from "type-graphql";
import { Money } from "../../common/money.type.js";
import { Node } from "../../common/node/node.interface.js";
import { CurrencyCodeScalar, DateTimeScalar, SafeIntScalar } from "../../common/scalars/index.js";
import { BatchGroupStatus, PaymentInitiationStatus } from "./batch-group.enums.js";

@ObjectType({ simpleResolvers: true, description: "A postal address in a batch group's pay-in details." })
export class BatchGroupPayInAddress {
  @Field(() => String, { nullable: true, description: "The bank's or Wise's name." })
  name!: string | null;

  @Field(() => String, { nullable: true, description: "Street address." })
  firstLine!: string | null;

  @Field(() => String, { nullable: true, description: "Postcode or ZIP code." })
  postCode!: string | null;

  @Field(() => String, { nullable: true, description: "City." })
  city!: string | null;

  @Field(() => String, { nullable: true, description: "State, province or region code, where the country has them." })
  stateCode!: string | null;

  @Field(() => String, { nullable: true, description: "Country, as Wise writes it." })
  country!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "How to pay a completed batch group by bank transfer: where to send the money, with which reference, and how much." })
export class BatchGroupPayInDetails {
  @Field({ description: "The way of paying, as Wise names it (bank_transfer)." })
  type!: string;

  @Field({ description: "The reference the payment must carry, exactly as given (an opaque value)." })
  reference!: string;

  @Field(() => Money, { description: "The amount that pays every transfer of the group with this method, fees included." })
  amount!: Money;

  @Field(() => String, { nullable: true, description: "The account holder's name." })
  name!: string | null;

  @Field(() => String, { nullable: true, description: "The bank branch's name, where the currency needs it (JPY)." })
  branchName!: string | null;

  @Field(() => String, { nullable: true, description: "The account number." })
  accountNumber!: string | null;

  @Field(() => String, { nullable: true, description: "The account type, where the currency needs it." })
  accountType!: string | null;

  @Field(() => String, { nullable: true, description: "The bank code or routing number, by currency." })
  bankCode!: string | null;

  @Field(() => String, { nullable: true, description: "The IBAN, when there is one." })
  iban!: string | null;

  @Field(() => String, { nullable: true, description: "The basic bank account number, where the currency needs it (NOK)." })
  bban!: string | null;

  @Field(() => String, { nullable: true, description: "The institution number, where the currency needs it (CAD)." })
  institutionNumber!: string | null;

  @Field(() => String, { nullable: true, description: "The branch transit number, where the currency needs it (CAD)." })
  transitNumber!: string | null;

  @Field(() => String, { nullable: true, description: "The beneficiary bank's BIC, where the currency needs it (CAD)." })
  beneficiaryBankBIC!: string | null;

  @Field(() => String, { nullable: true, description: "The intermediary bank's BIC, where the currency needs it (CAD)." })
  intermediaryBankBIC!: string | null;

  @Field(() => String, { nullable: true, description: "The Faster Payment System identifier, where the currency needs it (HKD)." })
  fpsIdentifier!: string | null;

  @Field(() => String, { nullable: true, description: "The clearing number, where the currency needs it (SEK)." })
  clearingNumber!: string | null;

  @Field(() => BatchGroupPayInAddress, { nullable: true, description: "The receiving bank's address, where the currency needs it." })
  bankAddress!: BatchGroupPayInAddress | null;

  @Field(() => BatchGroupPayInAddress, { nullable: true, description: "Wise's address, where the currency needs it." })
  wiseAddress!: BatchGroupPayInAddress | null;
}

@ObjectType({ simpleResolvers: true, description: "A payment of a whole batch group by direct debit from a linked bank account." })
export class BatchGroupPaymentInitiation {
  @Field(() => SafeIntScalar, { description: "Wise's id of the payment initiation." })
  wiseId!: number;

  @Field({ description: "The reference the debit carries, for reconciliation." })
  reference!: string;

  @Field(() => PaymentInitiationStatus, { description: "Where the debit stands." })
  status!: PaymentInitiationStatus;

  @Field(() => SafeIntScalar, { description: "Wise's id of the direct-debit account the money is taken from." })
  directDebitAccountId!: number;

  @Field(() => SafeIntScalar, { nullable: true, description: "Wise's id of the debit's own transfer, once the debit was sent." })
  transferWiseId!: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the payment was initiated." })
  createdAt!: Date | null;
}

@Directive('@key(fields: "id")')
@Directive("@cacheControl(scope: PRIVATE)")
@ObjectType("BatchGroup", {
  simpleResolvers: true,
  implements: Node,
  description:
    "A named group of up to 1,000 transfers from one profile, paid together: add transfers while it is NEW, complete it, then fund it from the balance (or by bank transfer or direct debit).",
})
export class BatchGroup extends Node {
  @Field({ description: "Wise's id of the group (a UUID)." })
  wiseId!: string;

  @Field({ description: "The group's name." })
  name!: string;

  @Field(() => BatchGroupStatus, { description: "Where the group stands." })
  status!: BatchGroupStatus;

  @Field(() => CurrencyCodeScalar, { description: "The currency the group is paid in; every transfer in it is sent from this currency." })
  currency!: string;

  @Field(() => SafeIntScalar, {
    description:
      "Wise's version of the group, which changes with each change of status or transfers. Pass it to batchGroupComplete or batchGroupCancel to act only on the group as you saw it.",
  })
  version!: number;

  @Field(() => Int, { description: "How many transfers the group holds." })
  transferCount!: number;

  @Field(() => Money, {
    nullable: true,
    description: "What paying every transfer of the group costs, fees included, in its currency: Wise's total, known once the group is completed; null before.",
  })
  total!: Money | null;

  @Field(() => [BatchGroupPayInDetails], { description: "How to pay the group by bank transfer; empty until the group is completed." })
  payInDetails!: BatchGroupPayInDetails[];

  /** Wise id of the profile that owns the group. */
  profileId!: number;
  /** Wise ids of the group's transfers, in the order they were added. */
  transferIds!: number[];
}
