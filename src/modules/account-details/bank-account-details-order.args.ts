import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../../common/page-args.js";
import { CurrencyCodeScalar } from "../../common/scalars/index.js";

/** The arguments of `Profile.bankAccountDetailsOrders`. */
@ArgsType()
export class BankAccountDetailsOrderListArgs extends PageArgs("orders") {
  @Field(() => CurrencyCodeScalar, { description: "The currency whose orders to list (Wise lists them per currency)." })
  currency!: string;
}
