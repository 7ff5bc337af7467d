import { badUserInput } from "../../common/errors.js";
import { parseGlobalIdOf } from "../../common/node/global-id.js";

/** A card transaction named by its global id: the profile it belongs to and Wise's id. */
export interface CardTransactionRef {
  profileId: number;
  transactionId: number;
}

/** Reads a CardTransaction's global id (key `profileId:transactionId`); anything else is BAD_USER_INPUT. */
export function parseCardTransactionId(id: string, argument: string): CardTransactionRef {
  const [profileId, transactionId] = parseGlobalIdOf(id, ["CardTransaction"], argument).key.split(":").map(Number) as [number, number];
  return { profileId, transactionId };
}

/** Reads the transactions one dispute names: at least one, none twice, all of one profile. */
export function parseDisputedTransactions(ids: readonly string[], argument: string): { profileId: number; transactionIds: number[] } {
  if (ids.length === 0) throw badUserInput(`Argument "${argument}" must name at least one card transaction.`, argument);
  const refs = ids.map((id, index) => parseCardTransactionId(id, `${argument}.${index}`));
  const profileId = refs[0]!.profileId;
  if (refs.some((ref) => ref.profileId !== profileId)) throw badUserInput(`Argument "${argument}" must name transactions of one profile.`, argument);
  const transactionIds = refs.map((ref) => ref.transactionId);
  if (new Set(transactionIds).size !== transactionIds.length) throw badUserInput(`Argument "${argument}" names a transaction twice.`, argument);
  return { profileId, transactionIds };
}
