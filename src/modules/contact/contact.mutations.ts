import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { createContact } from "../../wise/endpoints/contacts.js";
import { ContactCreateInput } from "./contact.inputs.js";
import { ContactCreatePayload } from "./contact.payloads.js";
import { Contact } from "./contact.type.js";

/** The longest identifier worth sending: an email address has at most 254 characters. */
const MAX_IDENTIFIER = 254;

/** A Wisetag, an email address, or a phone number in international form. */
const IDENTIFIER = /^(@[A-Za-z0-9._-]{1,64}|[^\s@]+@[^\s@]+\.[^\s@]+|\+[0-9 ()-]{7,20})$/;

@Resolver()
export class ContactMutations {
  @Mutation(() => ContactCreatePayload, {
    description:
      "Looks up another Wise profile by its Wisetag, email or phone number and adds it to the profile's contacts, without its bank details. Adding the same one again answers the same contact.",
  })
  async contactCreate(
    @Arg("input", () => ContactCreateInput, { description: "The profile and the identifier to look up." }) input: ContactCreateInput,
    @Ctx() ctx: Context,
  ): Promise<ContactCreatePayload> {
    const profileId = Number(parseGlobalIdOf(input.profileId, ["PersonalProfile", "BusinessProfile"], "input.profileId").key);
    const payload = (contact: Contact | null, userErrors: UserError[]) => Object.assign(new ContactCreatePayload(), { contact, userErrors });
    const identifier = input.identifier.trim();
    if (identifier.length > MAX_IDENTIFIER || !IDENTIFIER.test(identifier)) {
      return payload(null, [UserError.of(UserErrorCode.INVALID, "Give a Wisetag (@name), an email address or a phone number starting with +.", ["input", "identifier"])]);
    }
    // Wise takes a client-credentials token here, for any profile: the caller's own token proves
    // the profile is theirs first (another user's profile is refused before Wise is asked).
    await ctx.loaders.profileById.load(profileId);
    const result = await runMutation(() => createContact(ctx.partner(), profileId, { identifier, targetCurrency: input.targetCurrency ?? undefined }), {
      fields: (path) => (path === "targetCurrency" ? ["input", "targetCurrency"] : ["input", "identifier"]),
      notFoundField: ["input", "identifier"],
    });
    if ("userErrors" in result) return payload(null, result.userErrors);
    return payload(Object.assign(new Contact(), { contactId: result.value.contactId, name: result.value.name ?? null }), []);
  }
}
