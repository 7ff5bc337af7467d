import { Field, ID, InputType } from "type-graphql";
import { BankAccountType, DirectDebitType } from "./funding.enums.js";

@InputType({ description: "An external bank account to register for direct debits." })
export class DirectDebitAccountCreateInput {
  @Field(() => ID, { description: "The global ID of the profile that will be debited." })
  profileId!: string;

  @Field(() => DirectDebitType, { description: "The scheme: ACH (USD) or EFT (CAD); it sets the account's currency." })
  type!: DirectDebitType;

  @Field({ description: "ACH: the 9-digit ABA routing number. EFT: the 3-digit institution number followed by the 5-digit transit number." })
  routingNumber!: string;

  @Field({ description: "The account number, digits only." })
  accountNumber!: string;

  @Field(() => BankAccountType, { description: "Checking or savings." })
  accountType!: BankAccountType;
}

@InputType({ description: "The transfer whose bank transfer arrives." })
export class TransferSimulateDepositInput {
  @Field(() => ID, { description: "The transfer's global ID; it must be waiting for its money." })
  transferId!: string;
}
