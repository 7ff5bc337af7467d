import { registerEnumType } from "type-graphql";

export enum CardSimulationTransactionType {
  GOODS_AND_SERVICES = "GOODS_AND_SERVICES",
  CASH_WITHDRAWAL = "CASH_WITHDRAWAL",
  REFUND = "REFUND",
}

registerEnumType(CardSimulationTransactionType, {
  name: "CardSimulationTransactionType",
  description: "What a simulated card authorisation is for (Wise's simulation types).",
  valuesConfig: {
    GOODS_AND_SERVICES: { description: "A purchase: at a terminal (POS_PURCHASE) or online (ECOM_PURCHASE), by the point of sale." },
    CASH_WITHDRAWAL: { description: "Cash from an ATM." },
    REFUND: { description: "A merchant's refund: nothing is held; the money arrives when it is cleared." },
  },
});

export enum CardSimulationPointOfSale {
  CHIP_AND_PIN = "CHIP_AND_PIN",
  CONTACTLESS = "CONTACTLESS",
  MAGSTRIPE = "MAGSTRIPE",
  E_COMMERCE = "E_COMMERCE",
  E_COMMERCE_NO_3DS = "E_COMMERCE_NO_3DS",
}

registerEnumType(CardSimulationPointOfSale, {
  name: "CardSimulationPointOfSale",
  description: "How the card is presented in a simulated authorisation.",
  valuesConfig: {
    CHIP_AND_PIN: { description: "The chip read and the PIN entered at a terminal or ATM." },
    CONTACTLESS: { description: "Tapped at a terminal." },
    MAGSTRIPE: { description: "Swiped at a terminal." },
    E_COMMERCE: { description: "Online, with 3D Secure." },
    E_COMMERCE_NO_3DS: { description: "Online, without 3D Secure." },
  },
});
