import { Directive, Field, ObjectType } from "type-graphql";
import { Money } from "../../common/money.type.js";
import { DateTimeScalar } from "../../common/scalars/index.js";
import { ActivityDirection, ActivityResourceType, ActivityStatus, ActivityType } from "./activity.enums.js";

@ObjectType({ simpleResolvers: true, description: "The Wise resource an activity is about, such as a transfer or a card transaction." })
export class ActivityResource {
  @Field(() => ActivityResourceType, { description: "The kind of resource." })
  type!: ActivityResourceType;

  @Field({ description: "Wise's id of the resource, as Wise gives it (a numeric string)." })
  wiseId!: string;

  // Not in the schema: how the resource's object is loaded together with the rest of its feed.
  /** The Wise id of the profile whose feed holds the activity. */
  profileId?: number;
  /** When the activity was created. */
  activityAt?: Date;
}

@Directive('@key(fields: "wiseId", resolvable: false)')
@Directive("@cacheControl(scope: PRIVATE)")
@ObjectType({ simpleResolvers: true, description: "A snapshot of something that happened on a profile: a transfer, a card payment, a top-up, a conversion." })
export class Activity {
  @Field({ description: "Wise's opaque id of this activity." })
  wiseId!: string;

  @Field(() => ActivityType, { description: "What kind of action this activity records." })
  type!: ActivityType;

  @Field(() => ActivityStatus, { description: "Where the activity stands." })
  status!: ActivityStatus;

  @Field({ description: "Wise's title, with its emphasis tags kept: <strong>, <positive>, <negative>, <strikethrough>." })
  title!: string;

  @Field({ description: "The title as plain text, tags removed." })
  titleText!: string;

  @Field(() => String, { nullable: true, description: "A short summary of the activity." })
  description!: string | null;

  @Field(() => Money, { nullable: true, description: "The main amount, parsed exactly from Wise's display text; null when Wise gave none or it was unreadable." })
  primaryAmount!: Money | null;

  @Field(() => String, { nullable: true, description: 'The main amount exactly as Wise displays it, such as "150 JPY" (may contain tags).' })
  primaryAmountText!: string | null;

  @Field(() => Money, { nullable: true, description: "The secondary amount (for example what a conversion cost), parsed exactly; null when there is none." })
  secondaryAmount!: Money | null;

  @Field(() => String, { nullable: true, description: "The secondary amount exactly as Wise displays it; null or empty when there is none." })
  secondaryAmountText!: string | null;

  @Field(() => ActivityDirection, { description: "Which way money moved, read from Wise's markers on the amount." })
  direction!: ActivityDirection;

  @Field(() => ActivityResource, { nullable: true, description: "The Wise resource this activity is about." })
  resource!: ActivityResource | null;

  @Field(() => DateTimeScalar, { description: "When the activity happened." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the activity last changed." })
  updatedAt!: Date | null;

  /** Wise id of the profile whose feed this activity came from. */
  profileId!: number;
}
