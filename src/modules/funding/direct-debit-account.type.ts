import { Field, ObjectType } from "type-graphql";
import { Connection } from "../../common/connection.js";
import { CurrencyCodeScalar, SafeIntScalar } from "../../common/scalars/index.js";
import { BankAccountType, DirectDebitType } from "./funding.enums.js";

@ObjectType({
  simpleResolvers: true,
  description: "An external bank account Wise pulls money from by direct debit, to fund a batch of transfers (Wise's direct debit account).",
})
export class DirectDebitAccount {
  @Field(() => SafeIntScalar, { description: "Wise's numeric id of the account: the accountId a direct debit payment names." })
  wiseId!: number;

  @Field(() => DirectDebitType, { description: "The direct debit scheme." })
  type!: DirectDebitType;

  @Field(() => CurrencyCodeScalar, { description: "The account's currency (USD for ACH, CAD for EFT)." })
  currency!: string;

  @Field({ description: "The routing number (ACH) or institution and transit number (EFT)." })
  routingNumber!: string;

  @Field({ description: "The account number." })
  accountNumber!: string;

  @Field(() => BankAccountType, { nullable: true, description: "Checking or savings." })
  accountType!: BankAccountType | null;
}

@ObjectType({ simpleResolvers: true, description: "A page of a profile's direct debit accounts." })
export class DirectDebitAccountConnection extends Connection(DirectDebitAccount, "direct debit account") {}
