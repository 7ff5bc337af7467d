import { notFound } from "../../common/errors.js";
import type { Context } from "../../context/context.js";
import { WiseApiError } from "../../wise/errors.js";
import type { WiseCard } from "../../wise/schemas/card.js";

/**
 * True when Wise refused a card read or change because the card is not the caller's to see: an
 * unknown card (404) or one of another user's profile (403). Both read the same to the caller, so
 * an id reveals nothing about cards it may not see.
 */
export function isCardNotVisible(error: unknown): boolean {
  return error instanceof WiseApiError && error.kind === "HTTP" && (error.status === 403 || error.status === 404);
}

/** The error of a card the caller may not see, whichever way Wise refused it. */
export function cardNotFound() {
  return notFound("The card");
}

/** One card of a profile, read through the per-request loader; NOT_FOUND alike for unknown and foreign cards. */
export async function loadCard(ctx: Context, profileId: number, cardToken: string): Promise<WiseCard> {
  try {
    return await ctx.loaders.cardById.load({ profileId, cardToken });
  } catch (error) {
    if (isCardNotVisible(error)) throw cardNotFound();
    throw error;
  }
}
