import { Field, ObjectType } from "type-graphql";
import { Connection } from "../../common/connection.js";
import { CurrencyCodeScalar } from "../../common/scalars/index.js";
import { BankAccountDetailsOrderStatus, BankAccountDetailsRequirementStatus, BankAccountDetailsRequirementType } from "./account-details.enums.js";

@ObjectType({ simpleResolvers: true, description: "One thing an order for bank details needs, and where it stands." })
export class BankAccountDetailsRequirement {
  @Field(() => BankAccountDetailsRequirementType, { description: "What is needed." })
  type!: BankAccountDetailsRequirementType;

  @Field(() => BankAccountDetailsRequirementStatus, { description: "Who acts next, or DONE." })
  status!: BankAccountDetailsRequirementStatus;
}

@ObjectType({ simpleResolvers: true, description: "An order for bank details in one currency; once DONE, the details show as ACTIVE." })
export class BankAccountDetailsOrder {
  @Field(() => CurrencyCodeScalar, { description: "The currency ordered." })
  currency!: string;

  @Field(() => BankAccountDetailsOrderStatus, { description: "Where the order stands." })
  status!: BankAccountDetailsOrderStatus;

  @Field(() => [BankAccountDetailsRequirement], { description: "What the order needs before Wise issues the details." })
  requirements!: BankAccountDetailsRequirement[];
}

@ObjectType({ simpleResolvers: true, description: "A page of a profile's orders for bank details in one currency, oldest first." })
export class BankAccountDetailsOrderConnection extends Connection(BankAccountDetailsOrder, "order") {}
