import { Field, ObjectType } from "type-graphql";
import { toFieldGroups } from "../../common/requirements/requirement-form.mapper.js";
import { RecipientFieldGroup } from "../../common/requirements/requirement-form.type.js";
import type { WiseCardProgram } from "../../wise/schemas/card-order.js";
import type { WiseRequirement } from "../../wise/schemas/requirements.js";

@ObjectType({
  simpleResolvers: true,
  description:
    "The form to order a card (cardOrderCreate) for the answers given so far: the programs the profile may order, the cardholder, and the address Wise's address form asks for in the chosen country. Its fields use the same types as recipient and address forms; each key names the CardOrderCreateInput field to fill (address fields as address.<field>).",
})
export class CardOrderForm {
  @Field(() => [RecipientFieldGroup], { description: "The form's inputs, grouped, in display order; empty when the profile may order no card now." })
  fieldGroups!: RecipientFieldGroup[];
}

type Input = WiseRequirement["fields"][number]["group"][number];

/** Wise's card address limits (the address validation's): 30 characters a line, 10 for a post code. */
const CARD_ADDRESS_MAX: Record<string, number> = { firstLine: 30, secondLine: 30, thirdLine: 30, city: 30, state: 30, postCode: 10 };
/** A phone number as Wise wants it on a card order: "+", the country code, then digits. */
const PHONE_PATTERN = "^\\+[1-9]\\d{6,14}$";
const AMOUNT_PATTERN = "^\\d+(\\.\\d+)?$";
/** Wise's limit of the name embossed on a physical card. */
const MAX_EMBOSSED_NAME = 22;

const group = (name: string, inputs: Input[]) => ({ name, group: inputs });
const text = (key: string, name: string, required: boolean, extra: Partial<Input> = {}): Input => ({
  key,
  name,
  type: "text",
  required,
  refreshRequirementsOnChange: false,
  ...extra,
});

function programLabel(program: WiseCardProgram): string {
  const scheme = program.scheme === "MASTERCARD" ? "Mastercard" : program.scheme === "VISA" ? "Visa" : program.scheme;
  return `${scheme} ${program.cardType === "PHYSICAL" ? "physical" : "virtual"} card (${program.defaultCurrency})`;
}

/**
 * The card order form: the program (refreshing: a physical card adds its embossed name and
 * delivery), the cardholder, then the address from Wise's address form for the country (its
 * country and state fields, with card lengths and the two extra lines; no occupation), and the
 * optional lifetime limit.
 */
export function cardOrderForm(programs: readonly WiseCardProgram[], chosen: WiseCardProgram | undefined, addressForm: readonly WiseRequirement[]): CardOrderForm {
  if (programs.length === 0) return Object.assign(new CardOrderForm(), { fieldGroups: [] });
  const physical = chosen?.cardType === "PHYSICAL";
  const addressInputs = addressForm
    .flatMap((form) => form.fields.flatMap((f) => f.group))
    .filter((input) => input.key !== "occupations")
    .map((input): Input => ({ ...input, key: `address.${input.key}`, maxLength: CARD_ADDRESS_MAX[input.key] ?? input.maxLength }));
  const firstLineAt = addressInputs.findIndex((input) => input.key === "address.firstLine");
  const extraLines = [text("address.secondLine", "Address line 2", false, { maxLength: 30 }), text("address.thirdLine", "Address line 3", false, { maxLength: 30 })];
  addressInputs.splice(firstLineAt === -1 ? addressInputs.length : firstLineAt + 1, 0, ...extraLines);
  const form: WiseRequirement = {
    type: "cardOrder",
    fields: [
      group("Card", [
        {
          key: "program",
          name: "Card",
          type: "select",
          required: true,
          refreshRequirementsOnChange: true,
          valuesAllowed: programs.map((p) => ({ key: p.name, name: programLabel(p) })),
        },
      ]),
      group("Cardholder name", [text("cardHolderName", "Cardholder name", true, { minLength: 1 })]),
      ...(physical ? [group("Name on the card", [text("embossedName", "Name printed on the card", false, { minLength: 1, maxLength: MAX_EMBOSSED_NAME })])] : []),
      group("Phone number", [text("phoneNumber", "Phone number for card security codes", false, { example: "+441234567890", validationRegexp: PHONE_PATTERN })]),
      ...addressInputs.map((input) => group(input.name ?? input.key, [input])),
      ...(physical
        ? [
            group("Delivery", [
              {
                key: "deliveryOption",
                name: "Delivery",
                type: "select",
                required: false,
                refreshRequirementsOnChange: false,
                valuesAllowed: [
                  { key: "POSTAL_SERVICE_STANDARD", name: "Standard post" },
                  { key: "POSTAL_SERVICE_WITH_TRACKING", name: "Tracked post" },
                  { key: "KIOSK_COLLECTION", name: "Kiosk collection" },
                ],
              },
            ]),
          ]
        : []),
      group("Lifetime limit", [text("lifetimeLimit", `Most the card may ever spend${chosen ? ` (${chosen.defaultCurrency})` : ""}`, false, { validationRegexp: AMOUNT_PATTERN })]),
    ],
  };
  return Object.assign(new CardOrderForm(), { fieldGroups: toFieldGroups(form) });
}
