import { decodeCursor, encodeCursor } from "../../common/cursor.js";
import { badUserInput } from "../../common/errors.js";
import { listRecipients } from "../../wise/endpoints/recipients.js";
import type { WiseRecipient } from "../../wise/schemas/recipient.js";
import type { WiseSession } from "../../wise/session.js";

/** Wise's largest page on `GET /v2/accounts`. */
const WISE_MAX_SIZE = 20;

export interface RecipientPage {
  edges: Array<{ cursor: string; recipient: WiseRecipient }>;
  hasNextPage: boolean;
}

/**
 * Maps a Relay page onto Wise's seek position. Wise pages by id ("after this recipient id"),
 * so every edge's cursor is simply its recipient's id, scoped to the list. To answer
 * `hasNextPage` honestly it reads one recipient more than asked, across Wise pages of at most 20.
 */
export async function fetchRecipientPage(
  wise: WiseSession,
  profileId: number,
  currency: string | undefined,
  first: number,
  after: string | null | undefined,
): Promise<RecipientPage> {
  const scope = `recipients:${profileId}:${currency ?? ""}`;
  let seekPosition: number | undefined;
  if (after !== null && after !== undefined) {
    const position = decodeCursor(after, scope);
    if (!Number.isSafeInteger(position.id) || (position.id as number) < 0) throw badUserInput('Argument "after" is not a cursor issued for this list.', "after");
    seekPosition = position.id as number;
  }
  const wanted = first + 1;
  const found: WiseRecipient[] = [];
  for (;;) {
    const page = await listRecipients(wise, { profileId, currency, size: Math.min(WISE_MAX_SIZE, wanted - found.length), seekPosition });
    found.push(...page.content);
    if (found.length >= wanted || page.seekPositionForNext == null || page.content.length === 0) break;
    seekPosition = page.seekPositionForNext;
  }
  const taken = found.slice(0, first);
  return {
    edges: taken.map((recipient) => ({ cursor: encodeCursor(scope, { id: recipient.id }), recipient })),
    hasNextPage: found.length > first,
  };
}
