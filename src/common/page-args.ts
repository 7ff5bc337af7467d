import { ArgsType, Field, Int } from "type-graphql";
import { badUserInput } from "./errors.js";

/** The largest page a connection serves. */
export const MAX_PAGE_SIZE = 100;

/** The paging arguments every connection takes. */
export interface PageRequest {
  first: number;
  after?: string | null;
}

/**
 * The paging arguments of a connection over `plural`: `first` (1 to 100, 20 by default) and
 * `after`. A list's own filters extend it:
 * `@ArgsType() class TransferListArgs extends PageArgs("transfers") { ...filters }`.
 * `pageSize` checks `first`; the list's cursor codec checks `after`.
 */
export function PageArgs(plural: string, afterDescription = `Return ${plural} after this cursor of the same list.`) {
  @ArgsType()
  abstract class PageArgsOf implements PageRequest {
    @Field(() => Int, { defaultValue: 20, description: `How many ${plural} to return, 1 to ${MAX_PAGE_SIZE}.` })
    first!: number;

    @Field(() => String, { nullable: true, description: afterDescription })
    after?: string | null;
  }
  return PageArgsOf;
}

/** Validates `first`: a page of 1 to `max` items. */
export function pageSize(first: number, max = MAX_PAGE_SIZE, argument = "first"): number {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw badUserInput(`Argument "${argument}" must be between 1 and ${max}; got ${first}.`, argument);
  }
  return first;
}
