import { z } from "zod";
import { wiseId } from "./common.js";

const wiseRequirementInput = z.object({
  key: z.string(),
  name: z.string().nullish(),
  type: z.string(),
  refreshRequirementsOnChange: z.boolean().nullish(),
  required: z.boolean().nullish(),
  displayFormat: z.string().nullish(),
  example: z.string().nullish(),
  minLength: wiseId.nullish(),
  maxLength: wiseId.nullish(),
  validationRegexp: z.string().nullish(),
  // `{url}` in the account forms; a plain string in the address form's spec.
  validationAsync: z.union([z.object({ url: z.string().nullish() }).passthrough(), z.string()]).nullish(),
  valuesAllowed: z.array(z.object({ key: z.string(), name: z.string().nullish() })).nullish(),
});

/**
 * One form of `GET/POST /v1/account-requirements` (a recipient type) or of
 * `GET/POST /v1/address-requirements` (`type: "address"`): a dynamic form of field groups.
 */
export const wiseRequirement = z.object({
  type: z.string(),
  title: z.string().nullish(),
  usageInfo: z.string().nullish(),
  fields: z.array(z.object({ name: z.string().nullish(), group: z.array(wiseRequirementInput) })),
});

export type WiseRequirement = z.infer<typeof wiseRequirement>;
