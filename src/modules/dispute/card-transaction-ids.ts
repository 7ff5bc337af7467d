import { fromGlobalId, toGlobalId } from "graphql-relay";
import { badUserInput } from "../../common/errors.js";

/** A card transaction named by its global id: the profile it belongs to and Wise's id. */
export interface CardTransactionRef {
  profileId: number;
  transactionId: number;
}

const KEY = /^(\d{1,16}):(\d{1,16})$/;

/** Reads a CardTransaction's global id (key `profileId:transactionId`); anything else is BAD_USER_INPUT. */
export function parseCardTransactionId(id: string, argument: string): CardTransactionRef {
  const invalid = () => badUserInput(`Argument "${argument}" must be the ID of a CardTransaction.`, argument);
  if (id.length === 0 || id.length > 200 || !/^[A-Za-z0-9+/=_-]+$/.test(id)) throw invalid();
  const { type, id: key } = fromGlobalId(id);
  const match = KEY.exec(key);
  if (type !== "CardTransaction" || !match || toGlobalId(type, key) !== id) throw invalid();
  const [profileId, transactionId] = [Number(match[1]), Number(match[2])];
  if (!Number.isSafeInteger(profileId) || !Number.isSafeInteger(transactionId)) throw invalid();
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
