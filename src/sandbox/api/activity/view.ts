// Activity JSON (openapi components/schemas/Activity); createdOn/updatedOn with millis.

import { isoMillis } from "../../format.js";
import type { ActivityRecord } from "../../model.js";

export function activityView(a: ActivityRecord) {
  return {
    id: a.id,
    type: a.type,
    resource: { type: a.resourceType, id: a.resourceId },
    title: a.title,
    description: a.description,
    primaryAmount: a.primaryAmount,
    secondaryAmount: a.secondaryAmount,
    status: a.status,
    createdOn: isoMillis(a.createdMs),
    updatedOn: isoMillis(a.updatedMs),
  };
}
