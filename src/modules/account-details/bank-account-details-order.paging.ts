import { ArgsType, Field } from "type-graphql";
import { cursorCodec, isIntIn } from "../../common/cursor.js";
import { PageArgs } from "../../common/page-args.js";
import { CurrencyCodeScalar } from "../../common/scalars/index.js";
import type { PagedList } from "../../loaders/page.loader.js";
import { listAccountDetailsOrders } from "../../wise/endpoints/account-details.js";
import type { WiseAccountDetailsOrder } from "../../wise/schemas/account-details.js";

/** The arguments of `Profile.bankAccountDetailsOrders`. */
@ArgsType()
export class BankAccountDetailsOrderListArgs extends PageArgs("orders") {
  @Field(() => CurrencyCodeScalar, { description: "The currency whose orders to list (Wise lists them per currency)." })
  currency!: string;
}

/**
 * A profile's orders for bank details in one currency. Wise answers them all in one list, without
 * ids, so a cursor holds the position after its order in that list.
 */
export const bankAccountDetailsOrderList: PagedList<BankAccountDetailsOrderListArgs, { currency: string }, { index: number }, WiseAccountDetailsOrder> = {
  name: "bankAccountDetailsOrders",
  filters: ({ currency }) => ({ currency }),
  scope: (filters) => [filters.currency],
  cursor: cursorCodec((fields) => (isIntIn(fields.index, 1, Number.MAX_SAFE_INTEGER) ? { index: fields.index } : null)),
  async read(wise, profileId, { currency }, first, after) {
    const orders = await listAccountDetailsOrders(wise, profileId, currency);
    const start = after?.index ?? 0;
    return {
      items: orders.slice(start, start + first).map((order, offset) => ({ position: { index: start + offset + 1 }, item: order })),
      hasNextPage: orders.length > start + first,
    };
  },
};
