import type { PriceTransferMutationVariables, SendTransferMutationVariables } from "./gql/graphql.js";

// What the scalar map in codegen.yml buys: these mistakes fail `npm test` at compile time
// (`@ts-expect-error` itself fails when the line below it type-checks).

export const numericKey: SendTransferMutationVariables = {
  input: {
    quoteId: "UXVvdGU6…",
    recipientId: "UmVjaXBpZW50OjcxMDAwMDE0MA==",
    // @ts-expect-error an idempotency key is a UUID string, never a number
    idempotencyKey: 12345,
  },
};

export const floatAmount: PriceTransferMutationVariables = {
  input: {
    profileId: "UGVyc29uYWxQcm9maWxlOjQxMDAwMDEx",
    sourceCurrency: "GBP",
    targetCurrency: "EUR",
    // @ts-expect-error amounts are exact decimal strings ("250.00"), never floats
    sourceAmount: 250.0,
  },
};
