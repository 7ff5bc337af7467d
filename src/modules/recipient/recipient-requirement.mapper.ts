import { toFieldGroups } from "../../common/requirements/requirement-form.mapper.js";
import type { WiseRequirement } from "../../wise/schemas/requirements.js";
import { RecipientRequirement } from "./recipient-requirement.type.js";

/** Wise's account-requirements entry to the GraphQL form description. */
export function toRequirement(wise: WiseRequirement): RecipientRequirement {
  return Object.assign(new RecipientRequirement(), {
    type: wise.type,
    title: wise.title ?? null,
    usageInfo: wise.usageInfo ?? null,
    fieldGroups: toFieldGroups(wise),
  });
}
