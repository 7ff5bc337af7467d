// Answers that pass a recipient form, built only from what the form says (its examples, allowed
// values, patterns and lengths), as a client that renders the form and fills it in would.

/** One input of a form, in Wise's wording (REST) or this API's (GraphQL: validationPattern, allowedValues). */
export interface FormInput {
  key: string;
  type: string;
  required: boolean;
  example?: string | null;
  minLength?: number | null;
  maxLength?: number | null;
  validationRegexp?: string | null;
  validationPattern?: string | null;
  valuesAllowed?: { key: string }[] | null;
  allowedValues?: { key: string }[] | null;
}

/** Values a person would type where the form's own example does not fit its pattern. */
const TYPED: Readonly<Record<string, string[]>> = {
  accountHolderName: ["John Smith", "Иван Иванов"],
  "address.city": ["London"],
  "address.firstLine": ["1 High Street"],
  "address.postCode": ["12345"],
  phoneNumber: ["+380123456789", "380123456789"],
  accountNumber: ["8801712345678", "12345678", "4000123456"],
  givenName: ["Иван"],
  familyName: ["Иванов"],
  patronymicName: ["Иванович"],
};
const GENERIC = ["12345678", "123456789", "1234567890", "123456", "ABC12345"];

/** An IBAN with its check digits made right (Wise's examples carry placeholder ones). */
export function withCheckDigits(iban: string): string {
  const text = iban.replace(/\s+/g, "").toUpperCase();
  const rearranged = `${text.slice(4)}${text.slice(0, 2)}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of rearranged) remainder = (remainder * 10 + Number(digit)) % 97;
  return `${text.slice(0, 2)}${String(98 - remainder).padStart(2, "0")}${text.slice(4)}`;
}

/** Inputs checked beyond their pattern (checksums): the value a person would give, from the example. */
const CHECKSUMMED: Readonly<Record<string, (example: string) => string>> = {
  IBAN: withCheckDigits,
  abartn: () => "021000021",
};

/** Whether a value passes an input's pattern and lengths, as the sandbox checks them. */
export function fits(input: FormInput, value: string): boolean {
  const pattern = input.validationRegexp ?? input.validationPattern ?? null;
  if (input.minLength != null && value.length < input.minLength) return false;
  if (input.maxLength != null && value.length > input.maxLength) return false;
  return pattern === null || new RegExp(`^(?:${pattern})$`).test(value);
}

/** A valid value for one input, or undefined when the form gives no way to find one. */
export function valueFor(input: FormInput, formType = ""): string | undefined {
  // Polish account numbers are IBANs without their "PL".
  if (formType === "polish" && input.key === "accountNumber" && input.example) return withCheckDigits(`PL${input.example}`).slice(2);
  const choices = input.valuesAllowed ?? input.allowedValues ?? null;
  if (choices !== null && choices.length > 0) return choices[0]!.key;
  if (input.type.toLowerCase() === "date") return "1990-01-31";
  const fix = CHECKSUMMED[input.key];
  if (fix !== undefined && input.example) return fix(input.example);
  // Digits as long as the input asks, for inputs that give only lengths.
  const sized = "1234567890".repeat(4).slice(0, Math.max(input.minLength ?? 0, Math.min(8, input.maxLength ?? 8)));
  const candidates = [input.example ?? "", ...(TYPED[input.key] ?? []), ...GENERIC, sized].filter((v) => v !== "");
  return candidates.find((v) => fits(input, v));
}

/** Answers to every required input (and none of the optional ones), by form key. */
export function answersFor(inputs: readonly FormInput[], formType = ""): Map<string, string> {
  const answers = new Map<string, string>();
  for (const input of inputs) {
    if (!input.required) continue;
    const value = valueFor(input, formType);
    if (value === undefined) throw new Error(`no valid value for ${input.key}`);
    answers.set(input.key, value);
  }
  return answers;
}
