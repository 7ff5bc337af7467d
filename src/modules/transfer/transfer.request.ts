import type { FieldMapper } from "../../common/mutation-errors.js";
import type { WiseTransfer } from "../../wise/schemas/transfer.js";

/** Wise's transfer body paths as transferCreate's input fields (batch group transfers take the same). */
export const transferFields: FieldMapper = (wisePath) => {
  if (!wisePath) return null;
  const head = wisePath.split(/[/.]/).at(-1)!;
  const names: Record<string, string> = {
    targetAccount: "recipientId",
    quoteUuid: "quoteId",
    quote: "quoteId",
    customerTransactionId: "idempotencyKey",
    reference: "reference",
    transferPurpose: "transferPurpose",
    sourceOfFunds: "sourceOfFunds",
  };
  return names[head] ? ["input", names[head]] : null;
};

/**
 * The inputs of this call that the transfer Wise returned for the key does not match: then the key
 * belongs to an earlier intent. Only what Wise echoes can be compared (quote, recipient, reference);
 * a reference is compared only when this call gives one.
 */
export function transferDifferences(transfer: WiseTransfer, request: { targetAccount: number; quoteUuid: string; details: { reference?: string } }): string[] {
  const differing: string[] = [];
  if (transfer.quoteUuid && transfer.quoteUuid.toLowerCase() !== request.quoteUuid.toLowerCase()) differing.push("quoteId");
  if (transfer.targetAccount !== null && transfer.targetAccount !== undefined && transfer.targetAccount !== request.targetAccount) differing.push("recipientId");
  const reference = transfer.details?.reference ?? transfer.reference;
  if (request.details.reference !== undefined && reference !== null && reference !== undefined && reference.trim() !== request.details.reference.trim()) {
    differing.push("reference");
  }
  return differing;
}
