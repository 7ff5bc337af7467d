import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { FieldMapper } from "../../common/mutation-errors.js";
import { MovesMoney } from "../../common/moves-money.js";
import { parseGlobalIdOf, parseQuoteId } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { createThirdPartyTransfer, type WiseOriginatorRequest, type WiseThirdPartyTransferRequest } from "../../wise/endpoints/third-party-transfers.js";
import { OriginatorLegalEntityType } from "./third-party-transfer.enums.js";
import { TransferOriginatorInput, TransferThirdPartyCreateInput } from "./third-party-transfer.inputs.js";
import { TransferThirdPartyCreatePayload } from "./third-party-transfer.payloads.js";

/** Countries whose addresses Wise needs a state code for. */
const STATE_COUNTRIES = new Set(["US", "CA", "BR", "AU"]);

/** Wise's paths (`originator.name.givenName`, `quote`) to input paths. */
const thirdPartyFields: FieldMapper = (wisePath) => {
  if (!wisePath) return null;
  const names: Record<string, string[]> = {
    targetAccount: ["input", "recipientId"],
    quote: ["input", "quoteId"],
    quoteUuid: ["input", "quoteId"],
    originalTransferId: ["input", "originalTransferId"],
    reference: ["input", "reference"],
  };
  if (names[wisePath]) return names[wisePath];
  if (wisePath.startsWith("originator.")) {
    const rest = wisePath
      .slice("originator.".length)
      .replace(/^name\./, "")
      .split(".");
    return ["input", "originator", ...rest];
  }
  return null;
};

const blank = (value: string | null | undefined) => value === null || value === undefined || value.trim() === "";
const day = (value: Date | null | undefined) => (value ? value.toISOString().slice(0, 10) : undefined);
const trimmed = (value: string | null | undefined) => (blank(value) ? undefined : value!.trim());

/** What Wise would refuse in the originator, found before calling it: one userError per field. */
function originatorProblems(o: TransferOriginatorInput): UserError[] {
  const problems: UserError[] = [];
  const required = (value: string | Date | null | undefined, field: string[], what: string) => {
    if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) {
      problems.push(UserError.of(UserErrorCode.REQUIRED, `Give ${what}.`, ["input", "originator", ...field]));
    }
  };
  if (o.legalEntityType === OriginatorLegalEntityType.UNKNOWN) {
    problems.push(UserError.of(UserErrorCode.INVALID, "legalEntityType must be PRIVATE or BUSINESS.", ["input", "originator", "legalEntityType"]));
  }
  required(o.reference, ["reference"], "the originator's reference");
  if (o.legalEntityType === OriginatorLegalEntityType.PRIVATE) {
    required(o.givenName, ["givenName"], "the originator's given name");
    required(o.familyName, ["familyName"], "the originator's family name");
    required(o.dateOfBirth, ["dateOfBirth"], "the originator's date of birth");
    required(o.accountDetails, ["accountDetails"], "the originator's account number");
  } else if (o.legalEntityType === OriginatorLegalEntityType.BUSINESS) {
    required(o.fullName, ["fullName"], "the business's full legal name");
    required(o.businessRegistrationCode, ["businessRegistrationCode"], "the business's registration code");
  }
  required(o.address.firstLine, ["address", "firstLine"], "the originator's street");
  required(o.address.city, ["address", "city"], "the originator's city");
  const country = o.address.countryCode.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country))
    problems.push(UserError.of(UserErrorCode.INVALID, "The country code has two letters, such as DE.", ["input", "originator", "address", "countryCode"]));
  if (STATE_COUNTRIES.has(country)) required(o.address.stateCode, ["address", "stateCode"], `the originator's state (${country})`);
  return problems;
}

function originatorRequest(o: TransferOriginatorInput): WiseOriginatorRequest {
  const business = o.legalEntityType === OriginatorLegalEntityType.BUSINESS;
  return {
    legalEntityType: business ? "BUSINESS" : "PRIVATE",
    reference: o.reference.trim(),
    name: business
      ? { fullName: trimmed(o.fullName) }
      : {
          givenName: trimmed(o.givenName),
          middleNames: o.middleNames?.length ? o.middleNames : undefined,
          familyName: trimmed(o.familyName),
          patronymicName: trimmed(o.patronymicName),
        },
    dateOfBirth: business ? undefined : day(o.dateOfBirth),
    nationality: trimmed(o.nationality),
    businessRegistrationCode: business ? trimmed(o.businessRegistrationCode) : undefined,
    businessRegistrationDate: business ? day(o.businessRegistrationDate) : undefined,
    address: {
      firstLine: o.address.firstLine.trim(),
      city: o.address.city.trim(),
      stateCode: trimmed(o.address.stateCode),
      countryCode: o.address.countryCode.trim().toUpperCase(),
      postCode: trimmed(o.address.postCode),
    },
    accountDetails: trimmed(o.accountDetails),
  };
}

@Resolver()
export class ThirdPartyTransferMutations {
  @MovesMoney()
  @Mutation(() => TransferThirdPartyCreatePayload, {
    description:
      "Creates a transfer a partner sends for one of its own customers (the originator), from a quote and a recipient. Safe to retry: the same originalTransferId never makes a second transfer. Fund it like any transfer.",
  })
  async transferThirdPartyCreate(
    @Arg("input", () => TransferThirdPartyCreateInput, { description: "The quote, the recipient, the partner's transfer id and the originator." })
    input: TransferThirdPartyCreateInput,
    @Ctx() ctx: Context,
  ): Promise<TransferThirdPartyCreatePayload> {
    const { profileId, quoteId } = parseQuoteId(input.quoteId, "input.quoteId");
    const recipientId = Number(parseGlobalIdOf(input.recipientId, ["Recipient"], "input.recipientId").key);
    const originalTransferId = input.originalTransferId.trim();
    const done = (createdTransferId: number | null, userErrors: UserError[]) =>
      Object.assign(new TransferThirdPartyCreatePayload(), { createdTransferId, originalTransferId, userErrors });

    const problems = originatorProblems(input.originator);
    if (originalTransferId.length < 1 || originalTransferId.length > 64) {
      problems.unshift(UserError.of(UserErrorCode.INVALID, "originalTransferId has 1 to 64 characters.", ["input", "originalTransferId"]));
    }
    if (problems.length > 0) return done(null, problems);

    const request: WiseThirdPartyTransferRequest = {
      targetAccount: recipientId,
      quote: quoteId,
      originalTransferId,
      details: { reference: trimmed(input.reference) },
      originator: originatorRequest(input.originator),
    };
    // Wise deduplicates on originalTransferId, so after a lost answer one more call with it is safe.
    const result = await runMutation(() => createThirdPartyTransfer(ctx.wise(), profileId, request), {
      fields: thirdPartyFields,
      notFoundField: ["input", "quoteId"],
      unknownOutcome: { what: "transfer", idempotencyKey: originalTransferId },
    });
    if ("userErrors" in result) return done(null, result.userErrors);
    // For an id it already holds, Wise answers that earlier transfer, whatever this body says.
    if (result.value.quote?.toLowerCase() !== quoteId.toLowerCase() || result.value.targetAccount !== recipientId) {
      return done(null, [
        UserError.of(UserErrorCode.IDEMPOTENCY_KEY_REUSED, "This originalTransferId was already used for another transfer (another quote or recipient); nothing new was done.", [
          "input",
          "originalTransferId",
        ]),
      ]);
    }
    ctx.loaders.thirdPartyTransfer.prime({ profileId, transferId: result.value.id }, result.value);
    return done(result.value.id, []);
  }
}
