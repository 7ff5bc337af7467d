import { ArgsType, Field } from "type-graphql";
import { cursorCodec, isIntIn } from "../../common/cursor.js";
import { badUserInput } from "../../common/errors.js";
import { PageArgs } from "../../common/page-args.js";
import { CurrencyCodeScalar } from "../../common/scalars/index.js";
import type { PagedList } from "../../loaders/page.loader.js";
import { listRecipients } from "../../wise/endpoints/recipients.js";
import type { WiseRecipient } from "../../wise/schemas/recipient.js";
import { RecipientSort } from "./recipient.enums.js";

/** The arguments of `Profile.recipients`. */
@ArgsType()
export class RecipientListArgs extends PageArgs("recipients") {
  @Field(() => CurrencyCodeScalar, { nullable: true, description: "Only recipients that receive this currency." })
  currency?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only recipients of one of these account types, as in Recipient.type ("iban", "sort_code", "swift_code", ...); at most 20.',
  })
  types?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "Only recipients that are (true) or are not (false) accounts of the profile's own holder; both when left out." })
  ownedByCustomer?: boolean | null;

  @Field(() => Boolean, { defaultValue: true, description: "Active recipients (true, the default) or deleted ones (false)." })
  active?: boolean;

  @Field(() => RecipientSort, {
    defaultValue: RecipientSort.ID_ASC,
    description: "The order of the list: oldest first by default; ID_DESC lists the newest first.",
  })
  sort?: RecipientSort;
}

interface RecipientFilters {
  currency?: string;
  /** Account types in Wise's snake case, sorted. */
  types: string[];
  ownedByCustomer?: boolean;
  active: boolean;
  sort: RecipientSort;
}

/** Wise's largest page on `GET /v2/accounts`. */
const WISE_MAX_SIZE = 20;

/** How many account types one list may ask for (Wise has about 60). */
const MAX_TYPES = 20;

/** An account type as Recipient.type gives it ("sort_code"), or as Wise's v2 names it ("SortCode"). */
const ACCOUNT_TYPE = /^[A-Za-z][A-Za-z_]{0,39}$/;

/** "SortCode" or "sort_code" -> "sort_code", the form Wise's list filter takes. */
const snakeType = (type: string) => type.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();

/** Wise's `sort` parameter for each order. */
const WISE_SORT: Record<RecipientSort, string> = {
  [RecipientSort.ID_ASC]: "id,asc",
  [RecipientSort.ID_DESC]: "id,desc",
  [RecipientSort.CURRENCY_ASC]: "currency,asc",
  [RecipientSort.CURRENCY_DESC]: "currency,desc",
};

/**
 * A profile's recipients, over Wise's seek position. Wise pages by id ("after this recipient
 * id", in the list's order), so every edge's cursor is simply its recipient's id, scoped to the
 * list and its filters. To answer `hasNextPage` honestly it reads one recipient more than asked,
 * across Wise pages of at most 20.
 */
export const recipientList: PagedList<RecipientListArgs, RecipientFilters, { id: number }, WiseRecipient> = {
  name: "recipients",
  filters({ currency, types, ownedByCustomer, active, sort }) {
    if (types && types.length > MAX_TYPES) throw badUserInput(`Argument "types" takes at most ${MAX_TYPES} account types.`, "types");
    for (const type of types ?? []) {
      if (!ACCOUNT_TYPE.test(type)) throw badUserInput(`"${type.slice(0, 40)}" in argument "types" is not an account type such as "iban" or "sort_code".`, "types");
    }
    return {
      currency: currency ?? undefined,
      types: [...new Set((types ?? []).map(snakeType))].sort(),
      ownedByCustomer: ownedByCustomer ?? undefined,
      active: active ?? true,
      sort: sort ?? RecipientSort.ID_ASC,
    };
  },
  // The newer filters join the scope only when they differ from the defaults, so the cursors of
  // a plain list read as before.
  scope: (filters) => {
    const plain = filters.types.length === 0 && filters.ownedByCustomer === undefined && filters.active && filters.sort === RecipientSort.ID_ASC;
    return plain ? [filters.currency] : [filters.currency, filters.types.join(","), String(filters.ownedByCustomer ?? ""), String(filters.active), filters.sort];
  },
  cursor: cursorCodec((fields) => (isIntIn(fields.id, 0, Number.MAX_SAFE_INTEGER) ? { id: fields.id } : null)),
  async read(wise, profileId, filters, first, after) {
    let seekPosition = after?.id;
    const wanted = first + 1;
    const found: WiseRecipient[] = [];
    for (;;) {
      const page = await listRecipients(wise, {
        profileId,
        currency: filters.currency,
        type: filters.types.length > 0 ? filters.types.join(",") : undefined,
        ownedByCustomer: filters.ownedByCustomer,
        active: filters.active ? undefined : false,
        size: Math.min(WISE_MAX_SIZE, wanted - found.length),
        seekPosition,
        sort: WISE_SORT[filters.sort],
      });
      found.push(...page.content);
      if (found.length >= wanted || page.seekPositionForNext == null || page.content.length === 0) break;
      seekPosition = page.seekPositionForNext;
    }
    return {
      items: found.slice(0, first).map((recipient) => ({ position: { id: recipient.id }, item: recipient })),
      hasNextPage: found.length > first,
    };
  },
};
