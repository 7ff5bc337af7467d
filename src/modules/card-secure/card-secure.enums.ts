import { registerEnumType } from "type-graphql";

export enum CardWallet {
  APPLE_PAY = "APPLE_PAY",
  GOOGLE_PAY = "GOOGLE_PAY",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(CardWallet, {
  name: "CardWallet",
  description: "A digital wallet a card can be added to.",
  valuesConfig: {
    APPLE_PAY: { description: "Apple Pay." },
    GOOGLE_PAY: { description: "Google Pay." },
    UNKNOWN: { description: "A wallet this API does not know yet." },
  },
});

export enum CardPaymentTokenStatus {
  ACTIVE = "ACTIVE",
  SUSPENDED = "SUSPENDED",
  INACTIVE = "INACTIVE",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(CardPaymentTokenStatus, {
  name: "CardPaymentTokenStatus",
  description: "Where a card stands in a wallet, as Wise last heard (the wallet on the device is the latest word).",
  valuesConfig: {
    ACTIVE: { description: "The wallet can pay with the card." },
    SUSPENDED: { description: "Payments with this wallet token are suspended for now." },
    INACTIVE: { description: "In the wallet, but waiting for the cardholder's verification (cardPaymentTokenActivate)." },
    UNKNOWN: { description: "A status this API does not know yet." },
  },
});

export enum CardPaymentTokenActivation {
  APPROVE = "APPROVE",
  DECLINE = "DECLINE",
}

registerEnumType(CardPaymentTokenActivation, {
  name: "CardPaymentTokenActivation",
  description: "The partner's answer to a card a cardholder added to a wallet by hand.",
  valuesConfig: {
    APPROVE: { description: "The cardholder proved it is them: the wallet may pay with the card." },
    DECLINE: { description: "Refused: the wallet token is deactivated." },
  },
});

export enum ThreeDsChallengeResult {
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
}

registerEnumType(ThreeDsChallengeResult, {
  name: "ThreeDsChallengeResult",
  description: "The cardholder's answer to a 3D Secure push challenge.",
  valuesConfig: {
    APPROVED: { description: "The cardholder made this payment: it may go on." },
    REJECTED: { description: "The cardholder did not make it: the payment is refused." },
  },
});

export enum ThreeDsChannel {
  BROWSER = "browser",
  APP = "app",
}

registerEnumType(ThreeDsChannel, {
  name: "ThreeDsChannel",
  description: "Where the shopper pays when a 3D Secure challenge is raised.",
  valuesConfig: {
    BROWSER: { description: "A web shop in a browser." },
    APP: { description: "A merchant's app." },
  },
});
