import { toEnum } from "../../common/enum.js";
import { Money } from "../../common/money.type.js";
import { globalId } from "../../common/node/global-id.js";
import { parseOptionalWiseTime } from "../../common/time.js";
import type { WiseCardOrder, WiseCardOrderRequirement, WiseCardProgram } from "../../wise/schemas/card-order.js";
import { CardScheme, CardType } from "../card/card.enums.js";
import { CardProgram } from "../card/card.type.js";
import { CardDeliveryOption, CardOrderRequirementStatus, CardOrderRequirementType, CardOrderStatus } from "./card-order.enums.js";
import { orderProgress } from "./card-order.progress.js";
import { CardOrder, CardOrderAddress, CardOrderDelivery, CardOrderRequirement } from "./card-order.type.js";

/** Wise's card program, as the GraphQL CardProgram (every virtual kind is VIRTUAL). */
export function toCardProgram(wise: WiseCardProgram): CardProgram {
  return Object.assign(new CardProgram(), {
    name: wise.name,
    scheme: toEnum(CardScheme, "CardScheme", wise.scheme),
    defaultCurrency: wise.defaultCurrency,
    type: wise.cardType.toUpperCase().startsWith("VIRTUAL") ? CardType.VIRTUAL : toEnum(CardType, "CardType", wise.cardType),
  });
}

export function toCardOrder(wise: WiseCardOrder): CardOrder {
  const status = toEnum(CardOrderStatus, "CardOrderStatus", wise.status);
  const program = toCardProgram(wise.cardProgram);
  const address = wise.address;
  const delivery = wise.deliveryDetails;
  return Object.assign(new CardOrder(), {
    id: globalId("CardOrder", wise.profileId, wise.id),
    wiseId: wise.id,
    status,
    progress: orderProgress(status, program.type === CardType.PHYSICAL, Boolean(wise.cardToken)),
    program,
    address:
      address && address.firstLine && address.country
        ? Object.assign(new CardOrderAddress(), {
            firstLine: address.firstLine,
            secondLine: address.secondLine || null,
            thirdLine: address.thirdLine || null,
            city: address.city ?? "",
            postCode: address.postCode ?? "",
            state: address.state || null,
            country: address.country,
          })
        : null,
    delivery: delivery
      ? Object.assign(new CardOrderDelivery(), {
          option: toEnum(CardDeliveryOption, "CardDeliveryOption", delivery.deliveryOption),
          vendor: delivery.deliveryVendor ?? null,
          trackingUrl: delivery.trackingUrl ?? null,
          trackingNumber: delivery.trackingNumber ?? null,
        })
      : null,
    deliveryEstimate: parseOptionalWiseTime(wise.deliveryEstimate),
    lifetimeLimit: wise.lifetimeLimit === null || wise.lifetimeLimit === undefined ? null : Money.of(wise.lifetimeLimit, wise.cardProgram.defaultCurrency),
    cardHolderName: wise.cardHolderName ?? null,
    phoneNumber: wise.phoneNumber ?? null,
    createdAt: parseOptionalWiseTime(wise.creationTime),
    updatedAt: parseOptionalWiseTime(wise.modificationTime),
    profileId: wise.profileId,
    cardToken: wise.cardToken || null,
    replacesCardToken: wise.replacesCard || null,
  });
}

export function toCardOrderRequirement(wise: WiseCardOrderRequirement): CardOrderRequirement {
  return Object.assign(new CardOrderRequirement(), {
    type: toEnum(CardOrderRequirementType, "CardOrderRequirementType", wise.type),
    status: toEnum(CardOrderRequirementStatus, "CardOrderRequirementStatus", wise.status),
  });
}

/** The parts of a CardOrder's node key, `profileId:cardOrderId`. */
export function splitCardOrderKey(key: string): { profileId: number; cardOrderId: number } {
  const [profileId, cardOrderId] = key.split(":").map(Number);
  return { profileId, cardOrderId };
}
