import type { WiseRequirement } from "../../wise/schemas/requirements.js";
import { toEnum } from "../enum.js";
import { RecipientField, RecipientFieldGroup, RecipientFieldOption, RecipientFieldType } from "./requirement-form.type.js";

/** The field groups of one of Wise's requirement forms (`fields[].group[]`), as GraphQL types. */
export function toFieldGroups(wise: WiseRequirement): RecipientFieldGroup[] {
  return wise.fields.map((group) =>
    Object.assign(new RecipientFieldGroup(), {
      name: group.name ?? null,
      fields: group.group.map((input) =>
        Object.assign(new RecipientField(), {
          key: input.key,
          name: input.name ?? null,
          type: toEnum(RecipientFieldType, "RecipientFieldType", input.type),
          required: input.required ?? false,
          refreshRequirementsOnChange: input.refreshRequirementsOnChange ?? false,
          displayFormat: input.displayFormat ?? null,
          example: input.example || null,
          minLength: input.minLength ?? null,
          maxLength: input.maxLength ?? null,
          validationPattern: input.validationRegexp ?? null,
          // The account forms send {url}; the address form's spec types it as a plain string.
          validationAsyncUrl: (typeof input.validationAsync === "string" ? input.validationAsync : input.validationAsync?.url) ?? null,
          allowedValues: input.valuesAllowed ? input.valuesAllowed.map((v) => Object.assign(new RecipientFieldOption(), { key: v.key, name: v.name ?? null })) : null,
        }),
      ),
    }),
  );
}

/**
 * Builds Wise's nested `details` object from flat form answers: "address.country" becomes
 * `{ address: { country } }`. Keys may only name plain properties, never prototypes.
 */
export function nestAnswers(answers: ReadonlyArray<{ key: string; value: string }>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const { key, value } of answers) {
    const parts = key.split(".");
    let node = root;
    parts.forEach((part, index) => {
      if (index === parts.length - 1) {
        node[part] = value;
      } else {
        const next = Object.hasOwn(node, part) && typeof node[part] === "object" && node[part] !== null ? node[part] : {};
        node[part] = next;
        node = next as Record<string, unknown>;
      }
    });
  }
  return root;
}

/** A form key is dotted identifiers only, so it cannot reach __proto__ or build odd JSON. */
export const ANSWER_KEY = /^(?!.*(?:__proto__|constructor|prototype))[A-Za-z][A-Za-z0-9_]{0,63}(\.[A-Za-z][A-Za-z0-9_]{0,63}){0,3}$/;
