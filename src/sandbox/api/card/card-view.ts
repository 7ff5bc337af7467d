// The JSON Wise answers for a card. The sandbox's test secrets (PAN, CVV2, PIN) never appear here.

import { isoMillis } from "../../format.js";
import type { CardRecord } from "./model.js";

export function cardView(card: CardRecord) {
  return {
    token: card.token,
    profileId: card.profileId,
    clientId: card.clientId,
    status: { value: card.status },
    cardHolderName: card.cardHolderName,
    expiryDate: card.expiryDate,
    lastFourDigits: card.lastFourDigits,
    bankIdentificationNumber: card.bankIdentificationNumber,
    phoneNumber: card.phoneNumber,
    cardProgram: { name: card.program.name, scheme: card.program.scheme, defaultCurrency: card.program.defaultCurrency, cardType: card.program.cardType },
    // Deprecated at Wise, still answered: physical cards are unlocked through the partner API.
    unlockSpendingPermissions: card.program.cardType === "PHYSICAL" ? "WITH_PARTNER_API" : "NONE",
    creationTime: isoMillis(card.creationMs),
    modificationTime: isoMillis(card.modificationMs),
  };
}
