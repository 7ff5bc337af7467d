import { z } from "zod";
import { wiseDecimal, wiseId } from "./common.js";

/** A card program: the kind of card (network, currency, virtual or physical) a profile may order. */
export const wiseCardProgram = z.object({
  name: z.string(),
  scheme: z.string(),
  defaultCurrency: z.string(),
  cardType: z.string(),
});

export type WiseCardProgram = z.infer<typeof wiseCardProgram>;

/** The address on a card order: billing address of a virtual card, delivery address of a physical one. */
export const wiseCardOrderAddress = z.object({
  firstLine: z.string().nullish(),
  secondLine: z.string().nullish(),
  thirdLine: z.string().nullish(),
  city: z.string().nullish(),
  postCode: z.string().nullish(),
  state: z.string().nullish(),
  country: z.string().nullish(),
});

export type WiseCardOrderAddress = z.infer<typeof wiseCardOrderAddress>;

/** `GET /v3/spend/profiles/{profileId}/card-orders/{cardOrderId}`: one card order. */
export const wiseCardOrder = z.object({
  id: wiseId,
  profileId: wiseId,
  clientId: z.string().nullish(),
  cardProgram: wiseCardProgram,
  address: wiseCardOrderAddress.nullish(),
  cardToken: z.string().nullish(),
  replacesCard: z.string().nullish(),
  creationTime: z.string().nullish(),
  modificationTime: z.string().nullish(),
  status: z.string(),
  cardHolderName: z.string().nullish(),
  phoneNumber: z.string().nullish(),
  /** Exact, in the program's default currency. */
  lifetimeLimit: wiseDecimal.nullish(),
  deliveryEstimate: z.string().nullish(),
  deliveryDetails: z
    .object({
      deliveryOption: z.string().nullish(),
      deliveryVendor: z.string().nullish(),
      trackingUrl: z.string().nullish(),
      trackingNumber: z.string().nullish(),
    })
    .nullish(),
});

export type WiseCardOrder = z.infer<typeof wiseCardOrder>;

/** `GET /v3/spend/profiles/{profileId}/card-orders`: one page of orders and how many there are. */
export const wiseCardOrderPage = z.object({
  totalCount: wiseId.nullish(),
  cardOrders: z.array(wiseCardOrder),
});

export type WiseCardOrderPage = z.infer<typeof wiseCardOrderPage>;

/** `GET /v3/spend/profiles/{profileId}/card-orders/availability`: the programs the profile may order. */
export const wiseCardPrograms = z.object({ cardPrograms: z.array(wiseCardProgram).nullish() });

/** One requirement of a card order (PIN, VERIFICATION, ADDRESS) and its status. */
export const wiseCardOrderRequirement = z.object({ type: z.string(), status: z.string() });

export type WiseCardOrderRequirement = z.infer<typeof wiseCardOrderRequirement>;

/** `GET .../card-orders/{cardOrderId}/requirements`. */
export const wiseCardOrderRequirements = z.object({ requirements: z.array(wiseCardOrderRequirement).nullish() });

/** One problem `POST /v3/spend/address/validate` finds: the field and what is wrong with it. */
export const wiseAddressProblem = z.object({ field: z.string().nullish(), message: z.string().nullish() });

export type WiseAddressProblem = z.infer<typeof wiseAddressProblem>;

/** `POST /v3/spend/address/validate`: no errors means the address is valid. */
export const wiseAddressValidation = z.object({ errors: z.array(wiseAddressProblem).nullish() });
