import { toEnum } from "../../common/enum.js";
import { globalId } from "../../common/node/global-id.js";
import { parseWiseTime } from "../../common/time.js";
import type { WiseCard } from "../../wise/schemas/card.js";
import { CardScheme, CardStatus, CardType } from "./card.enums.js";
import { Card, CardProgram } from "./card.type.js";

/** Wise's card type to ours: every virtual kind (VIRTUAL, VIRTUAL_NON_UPGRADEABLE) is VIRTUAL. */
function cardType(value: string): CardType {
  if (value.toUpperCase().startsWith("VIRTUAL")) return CardType.VIRTUAL;
  return toEnum(CardType, "CardType", value);
}

export function toCard(wise: WiseCard): Card {
  return Object.assign(new Card(), {
    id: globalId("Card", wise.profileId, wise.token),
    wiseId: wise.token,
    wiseToken: wise.token,
    status: toEnum(CardStatus, "CardStatus", wise.status.value),
    cardHolderName: wise.cardHolderName,
    expiryDate: parseWiseTime(wise.expiryDate),
    lastFourDigits: wise.lastFourDigits,
    bankIdentificationNumber: wise.bankIdentificationNumber ?? null,
    phoneNumber: wise.phoneNumber ?? null,
    program: Object.assign(new CardProgram(), {
      name: wise.cardProgram.name,
      scheme: toEnum(CardScheme, "CardScheme", wise.cardProgram.scheme),
      defaultCurrency: wise.cardProgram.defaultCurrency,
      type: cardType(wise.cardProgram.cardType),
    }),
    createdAt: parseWiseTime(wise.creationTime),
    updatedAt: parseWiseTime(wise.modificationTime),
    profileId: wise.profileId,
    token: wise.token,
  });
}

/** The parts of a Card's node key, `profileId:cardToken`. */
export function splitCardKey(key: string): { profileId: number; cardToken: string } {
  const colon = key.indexOf(":");
  return { profileId: Number(key.slice(0, colon)), cardToken: key.slice(colon + 1) };
}
