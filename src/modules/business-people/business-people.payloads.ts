import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../common/user-error.js";
import { BusinessDirector, UltimateBeneficialOwner } from "./business-people.types.js";

const USER_ERRORS = "Why nothing changed, each pointing at the input field at fault where one is; empty on success.";

@ObjectType({ simpleResolvers: true, description: "The result of businessDirectorsAdd." })
export class BusinessDirectorsAddPayload {
  @Field(() => [BusinessDirector], { nullable: true, description: "Every director of the business after the change; null when userErrors says why nothing changed." })
  directors!: BusinessDirector[] | null;

  /** The profile's Wise id, for the `profile` field; unset when nothing changed. */
  profileWiseId?: number;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of businessDirectorsReplace." })
export class BusinessDirectorsReplacePayload {
  @Field(() => [BusinessDirector], { nullable: true, description: "Every director of the business after the change; null when userErrors says why nothing changed." })
  directors!: BusinessDirector[] | null;

  /** The profile's Wise id, for the `profile` field; unset when nothing changed. */
  profileWiseId?: number;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of ultimateBeneficialOwnersAdd." })
export class UltimateBeneficialOwnersAddPayload {
  @Field(() => [UltimateBeneficialOwner], {
    nullable: true,
    description: "Every ultimate beneficial owner of the business after the change; null when userErrors says why nothing changed.",
  })
  owners!: UltimateBeneficialOwner[] | null;

  /** The profile's Wise id, for the `profile` field; unset when nothing changed. */
  profileWiseId?: number;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of ultimateBeneficialOwnersReplace." })
export class UltimateBeneficialOwnersReplacePayload {
  @Field(() => [UltimateBeneficialOwner], {
    nullable: true,
    description: "Every ultimate beneficial owner of the business after the change; null when userErrors says why nothing changed.",
  })
  owners!: UltimateBeneficialOwner[] | null;

  /** The profile's Wise id, for the `profile` field; unset when nothing changed. */
  profileWiseId?: number;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}
