import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../common/user-error.js";
import { Transfer } from "../transfer/transfer.type.js";
import { DirectDebitAccount } from "./direct-debit-account.type.js";

@ObjectType({ simpleResolvers: true, description: "The result of directDebitAccountCreate." })
export class DirectDebitAccountCreatePayload {
  @Field(() => DirectDebitAccount, { nullable: true, description: "The registered account; null when userErrors says why not." })
  directDebitAccount!: DirectDebitAccount | null;

  @Field(() => [UserError], { description: "Why the account was not registered, each pointing at the input field at fault; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of transferSimulateDeposit." })
export class TransferSimulateDepositPayload {
  @Field(() => Transfer, { nullable: true, description: "The transfer after the deposit: PROCESSING, paid by bank transfer." })
  transfer!: Transfer | null;

  @Field(() => [UserError], { description: "Why the deposit was not counted (already paid, cancelled, not waiting); empty on success." })
  userErrors!: UserError[];
}
