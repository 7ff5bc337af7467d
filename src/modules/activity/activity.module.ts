import { defineModule } from "../module.js";
import { ActivityResolver, ActivityResourceResolver, ProfileActivitiesResolver } from "./activity.resolver.js";

/** A profile's activity feed. */
export const activityModule = defineModule(() => ({
  resolvers: [ProfileActivitiesResolver, ActivityResolver, ActivityResourceResolver],
}));
