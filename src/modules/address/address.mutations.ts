import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { FieldMapper } from "../../common/mutation-errors.js";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { createAddress } from "../../wise/endpoints/addresses.js";
import { AddressCreateInput } from "./address.inputs.js";
import { toAddress } from "./address.mapper.js";
import { AddressCreatePayload } from "./address.payloads.js";

/** Wise names the fields of an address by internal names (addressCountryCode...); ours are the input's. */
const WISE_FIELDS: Record<string, keyof AddressCreateInput> = {
  addressCountryCode: "country",
  addressState: "state",
  addressCity: "city",
  addressPostCode: "postCode",
  addressFirstLine: "firstLine",
  occupations: "occupations",
  profile: "profileId",
  country: "country",
  state: "state",
  city: "city",
  postCode: "postCode",
  firstLine: "firstLine",
};

const addressFields: FieldMapper = (wisePath) => {
  if (!wisePath) return null;
  const head = wisePath.replace(/^details[/.]/, "").split(/[/.[]/)[0]!;
  const field = Object.hasOwn(WISE_FIELDS, head) ? WISE_FIELDS[head] : undefined;
  return field ? ["input", field] : null;
};

/** The fields the spec requires. Wise answers a blank post code with a 500, so all four are checked here first. */
const REQUIRED = ["country", "city", "postCode", "firstLine"] as const;

@Resolver()
export class AddressMutations {
  @Mutation(() => AddressCreatePayload, {
    description:
      "Adds an address to a profile, from the answers to the addressRequirements form. Wise's validation errors come back as userErrors, one per input field. Not idempotent: Wise takes no key for it, so repeating it may add the address twice. A call whose answer was lost is not sent again: it fails with an error, and Profile.addresses shows whether it was added.",
  })
  async addressCreate(
    @Arg("input", () => AddressCreateInput, { description: "The profile and the address's fields." }) input: AddressCreateInput,
    @Ctx() ctx: Context,
  ): Promise<AddressCreatePayload> {
    const { key } = parseGlobalIdOf(input.profileId, ["PersonalProfile", "BusinessProfile"], "input.profileId");
    const blank = REQUIRED.filter((field) => input[field].trim() === "");
    if (blank.length > 0)
      return payload(
        null,
        blank.map((field) => UserError.of(UserErrorCode.REQUIRED, `${field} must not be blank.`, ["input", field])),
      );
    const profileId = Number(key);
    const result = await runMutation(
      () =>
        createAddress(ctx.wise(), {
          profile: profileId,
          details: {
            country: input.country,
            firstLine: input.firstLine,
            postCode: input.postCode,
            city: input.city,
            ...(input.state == null ? {} : { state: input.state }),
            ...(input.occupations == null ? {} : { occupations: input.occupations.map((code) => ({ code, format: "FREE_FORM" as const })) }),
          },
        }),
      { fields: addressFields, notFoundField: ["input", "profileId"] },
    );
    if ("userErrors" in result) return payload(null, result.userErrors);
    // Later fields of this request see the new address: by id, and in its profile's list.
    ctx.loaders.addressById.prime(result.value.id, result.value);
    ctx.loaders.addressesByProfile.clear(result.value.profile);
    return payload(result.value, []);

    function payload(address: Parameters<typeof toAddress>[0] | null, userErrors: UserError[]): AddressCreatePayload {
      return Object.assign(new AddressCreatePayload(), { address: address === null ? null : toAddress(address), userErrors });
    }
  }
}
