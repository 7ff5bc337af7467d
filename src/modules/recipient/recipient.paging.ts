import { ArgsType, Field } from "type-graphql";
import { cursorCodec, isIntIn } from "../../common/cursor.js";
import { PageArgs } from "../../common/page-args.js";
import { CurrencyCodeScalar } from "../../common/scalars/index.js";
import type { PagedList } from "../../loaders/page.loader.js";
import { listRecipients } from "../../wise/endpoints/recipients.js";
import type { WiseRecipient } from "../../wise/schemas/recipient.js";

/** The arguments of `Profile.recipients`. */
@ArgsType()
export class RecipientListArgs extends PageArgs("recipients") {
  @Field(() => CurrencyCodeScalar, { nullable: true, description: "Only recipients that receive this currency." })
  currency?: string | null;
}

/** Wise's largest page on `GET /v2/accounts`. */
const WISE_MAX_SIZE = 20;

/**
 * A profile's active recipients, over Wise's seek position. Wise pages by id ("after this
 * recipient id"), so every edge's cursor is simply its recipient's id, scoped to the list. To
 * answer `hasNextPage` honestly it reads one recipient more than asked, across Wise pages of at
 * most 20.
 */
export const recipientList: PagedList<RecipientListArgs, { currency?: string }, { id: number }, WiseRecipient> = {
  name: "recipients",
  filters: ({ currency }) => ({ currency: currency ?? undefined }),
  scope: (filters) => [filters.currency],
  cursor: cursorCodec((fields) => (isIntIn(fields.id, 0, Number.MAX_SAFE_INTEGER) ? { id: fields.id } : null)),
  async read(wise, profileId, { currency }, first, after) {
    let seekPosition = after?.id;
    const wanted = first + 1;
    const found: WiseRecipient[] = [];
    for (;;) {
      const page = await listRecipients(wise, { profileId, currency, size: Math.min(WISE_MAX_SIZE, wanted - found.length), seekPosition });
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
