import { Field, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../common/scalars/index.js";

@ObjectType("RecipientCompatibilityProblem", { simpleResolvers: true, description: "One reason a recipient cannot receive a quote's transfer." })
export class RecipientCompatibilityProblem {
  @Field(() => String, { nullable: true, description: "Wise's code for the problem, such as NOT_VALID or INVALID_RECIPIENT." })
  code!: string | null;

  @Field(() => String, { description: "What is wrong, in words that can be shown to the sender." })
  message!: string;

  @Field(() => String, { nullable: true, description: "The part of the check the problem is about, as Wise names it (accountId, quoteId); null when Wise names none." })
  field!: string | null;
}

@ObjectType("RecipientRecommendedUpdate", { simpleResolvers: true, description: "A correction the bank's records suggest for one of the recipient's fields." })
export class RecipientRecommendedUpdate {
  @Field({ description: 'The field, as Wise names it, such as "name/fullName".' })
  path!: string;

  @Field({ description: "The value the bank holds." })
  value!: string;
}

@ObjectType("RecipientConfirmationOutcome", { simpleResolvers: true, description: "The outcome of one check of the recipient's details with their bank." })
export class RecipientConfirmationOutcome {
  @Field(() => String, { description: "The kind of check: ACCOUNT_EXISTENCE, NAME_MATCHING or NAME_RESOLUTION." })
  type!: string;

  @Field(() => String, { description: "What the check found: SUCCESS, PARTIAL_FAILURE, FAILURE or COULD_NOT_CHECK." })
  outcome!: string;

  @Field({ description: "Whether the sender must accept this outcome before the recipient can be paid." })
  requiresCustomerAcceptance!: boolean;

  @Field(() => String, { nullable: true, description: "A message about the outcome that can be shown to the sender." })
  message!: string | null;

  @Field(() => String, { nullable: true, description: "The name the sender gave for the recipient, when the check compared names." })
  providedName!: string | null;

  @Field(() => String, { nullable: true, description: "The name the bank holds for the account, when Wise could resolve it." })
  resolvedName!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the check ran." })
  checkedAt!: Date | null;

  @Field(() => [String], { description: 'The recipient\'s fields the check used, as Wise names them (such as "name/fullName").' })
  fieldsChecked!: string[];

  @Field(() => [RecipientRecommendedUpdate], { description: "The values the bank holds for fields that differ, to offer the sender as corrections." })
  recommendedUpdates!: RecipientRecommendedUpdate[];
}

@ObjectType("RecipientCompatibility", {
  simpleResolvers: true,
  description: "Whether a recipient can receive the transfer a quote prices, checked by Wise before any transfer is made.",
})
export class RecipientCompatibility {
  @Field({ description: "True when a transfer of this quote to this recipient would pass Wise's recipient checks." })
  compatible!: boolean;

  @Field(() => [RecipientCompatibilityProblem], { description: "Why the recipient cannot receive the transfer; empty when compatible." })
  problems!: RecipientCompatibilityProblem[];

  @Field(() => [RecipientConfirmationOutcome], {
    description: "The outcomes of Wise's checks of the recipient's details with their bank; empty for currencies Wise does not verify this way.",
  })
  confirmations!: RecipientConfirmationOutcome[];

  @Field(() => Boolean, { nullable: true, description: "Whether the sender has accepted the confirmations' outcomes; null when there are no confirmations." })
  confirmationsAccepted!: boolean | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the sender accepted the confirmations' outcomes; null until then." })
  confirmationsAcceptedAt!: Date | null;
}
