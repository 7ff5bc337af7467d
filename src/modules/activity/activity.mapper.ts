import { toEnum } from "../../common/enum.js";
import { Money } from "../../common/money.type.js";
import { parseOptionalWiseTime, parseWiseTime } from "../../common/time.js";
import type { WiseActivity } from "../../wise/schemas/activity.js";
import { parseActivityAmount, stripActivityTags } from "./activity-amount.js";
import { ActivityDirection, ActivityResourceType, ActivityStatus, ActivityType } from "./activity.enums.js";
import { Activity, ActivityResource } from "./activity.type.js";

/** Wise's activity to the GraphQL Activity, with its display amounts parsed. */
export function toActivity(profileId: number, wise: WiseActivity): Activity {
  const primary = parseActivityAmount(wise.primaryAmount);
  const secondary = parseActivityAmount(wise.secondaryAmount);
  const title = wise.title ?? "";
  let direction = primary?.direction ?? ActivityDirection.NONE;
  if (direction === ActivityDirection.NONE && title.includes("<positive>")) direction = ActivityDirection.IN;
  if (direction === ActivityDirection.NONE && title.includes("<negative>")) direction = ActivityDirection.OUT;
  const createdAt = parseWiseTime(wise.createdOn);
  return Object.assign(new Activity(), {
    wiseId: wise.id,
    profileId,
    type: toEnum(ActivityType, "ActivityType", wise.type),
    status: toEnum(ActivityStatus, "ActivityStatus", wise.status),
    title,
    titleText: stripActivityTags(title),
    description: wise.description ?? null,
    primaryAmount: primary ? Money.of(primary.amount, primary.currency) : null,
    primaryAmountText: wise.primaryAmount ?? null,
    secondaryAmount: secondary ? Money.of(secondary.amount, secondary.currency) : null,
    secondaryAmountText: wise.secondaryAmount ?? null,
    direction,
    resource: wise.resource
      ? Object.assign(new ActivityResource(), {
          type: toEnum(ActivityResourceType, "ActivityResourceType", wise.resource.type),
          wiseId: wise.resource.id,
          profileId,
          activityAt: createdAt,
        })
      : null,
    createdAt,
    updatedAt: parseOptionalWiseTime(wise.updatedOn),
  });
}
