// Recipient forms recorded from Wise for every currency it answers (generated/recipient-forms.json,
// written by `npm run reference:extract`). Recorded as v1.1 (account holder's name and email
// included); v1.0 leaves those out like the hand-written forms. The route's address rule and the
// US/CA state input apply to them as to the hand-written forms.

import recorded from "./generated/recipient-forms.json" with { type: "json" };
import type { Choice } from "./countries.js";
import { addressFields, addressNeeded, field, type FieldDef, type FormDef, type FormOptions, type InputType } from "./requirements.js";

interface RecordedInput {
  key: string;
  name: string;
  group?: string;
  type: string;
  refreshRequirementsOnChange: boolean;
  required: boolean;
  displayFormat: string | null;
  example: string;
  minLength: number | null;
  maxLength: number | null;
  validationRegexp: string | null;
  /** Index into `lists`. */
  valuesAllowed: number | null;
}

interface RecordedForm {
  type: string;
  title: string;
  fields: RecordedInput[];
}

const data = recorded as unknown as { currencies: Record<string, RecordedForm[]>; lists: [string, string][][] };
const LISTS: readonly (readonly Choice[])[] = data.lists.map((list) => list.map(([key, name]) => ({ key, name })));

function fieldOf(input: RecordedInput): FieldDef {
  const { key, name, group, type, valuesAllowed, ...rest } = input;
  return { ...field(key, name, type as InputType, { ...rest, valuesAllowed: valuesAllowed === null ? null : LISTS[valuesAllowed]! }), ...(group === undefined ? {} : { group }) };
}

/** Currencies with recorded forms (some of them answer none: []). */
export function recordedCurrencies(): string[] {
  return Object.keys(data.currencies);
}

/** Inputs v1.0 leaves out: the holder's name, and the optional email of bank-account forms. */
function inV10(form: RecordedForm, input: RecordedInput): boolean {
  if (input.key === "accountHolderName") return false;
  return !(input.key === "email" && form.type !== "email");
}

/** The recorded forms of a route's target currency ([] when Wise has none or the currency is unknown). */
export function recordedFormsFor(options: FormOptions): FormDef[] {
  const forms = Object.hasOwn(data.currencies, options.target) ? data.currencies[options.target]! : [];
  // Recorded within one currency (no address); a cross-border route adds it as Wise's rule says.
  const withAddress = options.addressRequired || (options.source !== options.target && addressNeeded(options.source, options.target));
  return forms.map((form) => {
    const inputs = options.minorVersion ? form.fields : form.fields.filter((input) => inV10(form, input));
    let fields = inputs.map(fieldOf);
    const countryAt = fields.findIndex((f) => f.key === "address.country");
    if (countryAt < 0 && withAddress && form.type !== "email") {
      fields = [...fields, ...addressFields(options.answers)];
    } else if (countryAt >= 0 && !fields.some((f) => f.key === "address.state")) {
      // The answered country reveals its state input, as in the hand-written forms.
      const state = addressFields(options.answers).find((f) => f.key === "address.state");
      if (state !== undefined) fields.splice(countryAt + 1, 0, state);
    }
    return { type: form.type, title: form.title, usageInfo: null, fields };
  });
}
