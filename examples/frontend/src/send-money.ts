import type { ApolloClient } from "@apollo/client";
import { PriceTransferDocument, SendTransferDocument, type PriceTransferMutation, type SendTransferMutation } from "./gql/graphql.js";

export type Quote = NonNullable<PriceTransferMutation["quoteCreate"]["quote"]>;
export type SentTransfer = NonNullable<SendTransferMutation["transferCreate"]["transfer"]>;

/** Prices sending `sourceAmount` (an exact decimal string such as "250.00", never a float) to a recipient, paid from a balance. */
export async function priceTransfer(
  client: ApolloClient,
  request: { profileId: string; recipientId: string; sourceAmount: string; sourceCurrency: string; targetCurrency: string },
): Promise<Quote> {
  const { data } = await client.mutate({ mutation: PriceTransferDocument, variables: { input: { ...request, preferredPayIn: "BALANCE" } } });
  const quote = data?.quoteCreate.quote;
  if (!quote) throw userErrors(data?.quoteCreate.userErrors);
  return quote;
}

/**
 * Creates the transfer of a quote. `idempotencyKey` is a UUID made once when the user presses
 * Send (`crypto.randomUUID()`) and reused on every retry of that press: the same key and quote
 * always resolve to the one transfer, so retrying after a lost answer (OUTCOME_UNKNOWN) is safe.
 */
export async function sendTransfer(client: ApolloClient, request: { quoteId: string; recipientId: string; idempotencyKey: string; reference?: string }): Promise<SentTransfer> {
  const { data } = await client.mutate({ mutation: SendTransferDocument, variables: { input: request } });
  const transfer = data?.transferCreate.transfer;
  if (!transfer) throw userErrors(data?.transferCreate.userErrors);
  return transfer;
}

/** Wise's validation errors (userErrors) as one Error, for a form to show. */
function userErrors(errors: ReadonlyArray<{ code: string; message: string }> | undefined): Error {
  return new Error(errors?.map((error) => `${error.code}: ${error.message}`).join("; ") || "no answer");
}
