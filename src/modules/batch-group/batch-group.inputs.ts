import { Field, ID, InputType } from "type-graphql";
import { CurrencyCodeScalar, DateTimeScalar, DecimalScalar, SafeIntScalar, UUIDScalar } from "../../common/scalars/index.js";

@InputType({ description: "A new, empty batch group." })
export class BatchGroupCreateInput {
  @Field(() => ID, { description: "The global ID of the profile the group's transfers are sent from." })
  profileId!: string;

  @Field(() => CurrencyCodeScalar, { description: "The currency the group is paid in; every transfer added must be sent from it." })
  currency!: string;

  @Field({ description: "A name that tells this batch apart, 1 to 100 characters." })
  name!: string;
}

@InputType({ description: "A transfer to add to a NEW batch group, made from a quote and a recipient like transferCreate's." })
export class BatchGroupTransferCreateInput {
  @Field(() => ID, { description: "The batch group's global ID." })
  batchGroupId!: string;

  @Field(() => ID, { description: "The global ID of the quote that prices the transfer, made for the group's profile and in its currency." })
  quoteId!: string;

  @Field(() => ID, { description: "The global ID of the recipient." })
  recipientId!: string;

  @Field(() => UUIDScalar, {
    description:
      "A UUID the client makes once per transfer it means to add, and reuses on every retry: the same key never adds a second transfer. Sent to Wise as customerTransactionId.",
  })
  idempotencyKey!: string;

  @Field(() => String, { nullable: true, description: "The reference the recipient sees (Wise limits its length per currency)." })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: "The purpose of the transfer, where Wise's transfer requirements ask for one." })
  transferPurpose?: string | null;

  @Field(() => String, { nullable: true, description: "Where the money comes from, where Wise's transfer requirements ask for it." })
  sourceOfFunds?: string | null;
}

@InputType({ description: "A batch group to complete or cancel." })
export class BatchGroupStatusInput {
  @Field(() => ID, { description: "The batch group's global ID." })
  batchGroupId!: string;

  @Field(() => SafeIntScalar, {
    nullable: true,
    description:
      "The group's version as the caller saw it (BatchGroup.version): when given, a group changed since is not touched (userError NOT_ALLOWED). Left out, the current version is used.",
  })
  version?: number | null;
}

@InputType({ description: "A completed batch group to pay from the profile's balance in its currency." })
export class BatchGroupFundInput {
  @Field(() => ID, { description: "The batch group's global ID." })
  batchGroupId!: string;

  @Field(() => String, {
    nullable: true,
    description: "A one-time token cleared after an SCA_REQUIRED answer (scaChallenge.oneTimeToken): repeat the call with it. Sent to Wise as x-2fa-approval.",
  })
  scaToken?: string | null;
}

@InputType({ description: "A completed batch group to pay by direct debit from a linked bank account (USD ACH, CAD EFT)." })
export class BatchGroupPaymentInitiationCreateInput {
  @Field(() => ID, { description: "The batch group's global ID." })
  batchGroupId!: string;

  @Field(() => SafeIntScalar, { description: "Wise's id of the direct-debit account to take the money from." })
  directDebitAccountId!: number;

  @Field(() => String, { nullable: true, description: "The debit's reference, 1 to 10 characters; Wise makes one when left out." })
  reference?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A one-time token cleared after an SCA_REQUIRED answer (scaChallenge.oneTimeToken): repeat the call with it. Sent to Wise as x-2fa-approval.",
  })
  scaToken?: string | null;
}

@InputType({ description: "One transfer a settlement journal covers." })
export class BulkSettlementTransferInput {
  @Field(() => ID, { description: "The transfer's global ID." })
  transferId!: string;

  @Field(() => DateTimeScalar, { description: "When the transfer was created." })
  date!: Date;

  @Field(() => DecimalScalar, { description: "The transfer's source amount with its fee, above zero, exact." })
  sourceAmount!: string;

  @Field(() => CurrencyCodeScalar, { description: "The transfer's source currency." })
  sourceCurrency!: string;

  @Field({ description: "The customer's name, to help Wise when a person has to look at it." })
  customerName!: string;

  @Field({ description: "The partner's own id of the payment, unique in the partner's platform." })
  partnerReference!: string;

  @Field(() => String, { nullable: true, description: "Anything else about the transfer or the sender (for the US, the sender's refund account details)." })
  comment?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "The rate used to convert this transfer into the settlement currency; required on every transfer when settlementCurrency is given.",
  })
  exchangeRate?: string | null;
}

@InputType({ description: "A refunded transfer a net settlement journal deducts." })
export class BulkSettlementRefundInput {
  @Field(() => ID, { description: "The refunded transfer's global ID." })
  transferId!: string;

  @Field({ description: "The partner's own id of the payment." })
  partnerReference!: string;

  @Field(() => DecimalScalar, { nullable: true, description: "The rate the transfer was settled at." })
  exchangeRate?: string | null;
}

@InputType({ description: "A settlement journal: the transfers one settlement payment to Wise covers." })
export class BulkSettlementCreateInput {
  @Field({ description: "The reference the settlement payment carries: TPFB and 1 to 6 more characters." })
  settlementReference!: string;

  @Field(() => DateTimeScalar, { description: "When the settlement money is sent." })
  settlementDate!: Date;

  @Field(() => CurrencyCodeScalar, { nullable: true, description: "The currency the settlement is paid in, only when it differs from the transfers' source currency." })
  settlementCurrency?: string | null;

  @Field(() => [BulkSettlementTransferInput], { description: "The transfers settled, 1 to 1,000." })
  transfers!: BulkSettlementTransferInput[];

  @Field(() => [BulkSettlementRefundInput], { nullable: true, description: "Refunded transfers deducted from the settlement (net settlement only)." })
  refundedTransfers?: BulkSettlementRefundInput[] | null;

  @Field(() => DecimalScalar, { nullable: true, description: "An amount Wise owes from earlier days, deducted from this settlement: zero or negative." })
  balanceTransfer?: string | null;
}
