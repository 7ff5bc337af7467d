import { Field, ObjectType } from "type-graphql";
import { SafeIntScalar } from "../../common/scalars/index.js";
import { UserError } from "../../common/user-error.js";
import { BankAccountDetailsOrder } from "./bank-account-details-order.type.js";

@ObjectType({ simpleResolvers: true, description: "The result of bankAccountDetailsOrderCreate." })
export class BankAccountDetailsOrderCreatePayload {
  @Field(() => BankAccountDetailsOrder, { nullable: true, description: "The order (an open order of the currency, when there was one); null when userErrors says why not." })
  order!: BankAccountDetailsOrder | null;

  @Field(() => [UserError], { description: "Why nothing was ordered; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of bankAccountDetailsCreate." })
export class BankAccountDetailsCreatePayload {
  /** Where the new details are read from: the profile and currency; unset when nothing was issued. */
  issued?: { profileId: number; currency: string };

  @Field(() => [UserError], { description: "Why no details were issued; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of bankAccountDetailsPaymentReturn." })
export class BankAccountDetailsPaymentReturnPayload {
  @Field(() => String, { nullable: true, description: "Wise's id of the return; null when userErrors says why not." })
  returnId!: string | null;

  @Field(() => [UserError], { description: "Why the payment was not returned; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of bankAccountDetailsOrderSimulate." })
export class BankAccountDetailsOrderSimulatePayload {
  @Field(() => BankAccountDetailsOrder, { nullable: true, description: "The order after the step; null when userErrors says why not." })
  order!: BankAccountDetailsOrder | null;

  @Field(() => [UserError], { description: "Why the order did not move; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of bankAccountDetailsPaymentSimulate." })
export class BankAccountDetailsPaymentSimulatePayload {
  @Field(() => SafeIntScalar, { nullable: true, description: "Wise's id of the received payment (what bankAccountDetailsPaymentReturn takes); null when userErrors says why not." })
  paymentId!: number | null;

  @Field(() => [UserError], { description: "Why nothing was received; empty on success." })
  userErrors!: UserError[];
}
