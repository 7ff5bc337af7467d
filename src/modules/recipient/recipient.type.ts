import { Directive, Field, ObjectType } from "type-graphql";
import { Node } from "../../common/node/node.interface.js";
import { CurrencyCodeScalar, JSONObjectScalar, SafeIntScalar } from "../../common/scalars/index.js";
import { RecipientConfirmations } from "./recipient-confirmations.type.js";
import { LegalEntityType } from "./recipient.enums.js";

@ObjectType({ simpleResolvers: true, description: "A labelled value Wise suggests showing for a recipient, such as the IBAN." })
export class RecipientDisplayField {
  @Field({ description: 'Wise\'s key of the value, such as "details/iban".' })
  key!: string;

  @Field(() => String, { nullable: true, description: 'The label to show, such as "IBAN".' })
  label!: string | null;

  @Field(() => String, { nullable: true, description: "The value, formatted for display." })
  value!: string | null;
}

@Directive('@key(fields: "id")')
@Directive("@cacheControl(scope: PRIVATE)")
@ObjectType({ simpleResolvers: true, implements: Node, description: "A bank account (or email) that money can be sent to: Wise calls these accounts." })
export class Recipient extends Node {
  @Field(() => SafeIntScalar, { description: "Wise's numeric id of the recipient (the `targetAccount` of quotes and transfers)." })
  wiseId!: number;

  @Field({ description: "The account holder's full name." })
  holderName!: string;

  @Field(() => CurrencyCodeScalar, { description: "The currency the account receives." })
  currency!: string;

  @Field(() => String, { nullable: true, description: "Two-letter country code of the account, where Wise gives one (email recipients have none)." })
  country!: string | null;

  @Field({ description: 'The kind of account, as in RecipientRequirement.type: "iban", "sort_code", "aba", "swift_code", "email", ...' })
  type!: string;

  @Field(() => LegalEntityType, { description: "Whether the holder is a person or a business." })
  legalEntityType!: LegalEntityType;

  @Field(() => String, { nullable: true, description: "The recipient's email, when known." })
  email!: string | null;

  @Field({ description: "False once the recipient was deleted (deactivated); Wise has no way back." })
  active!: boolean;

  @Field(() => String, { nullable: true, description: 'A short summary of the account, such as "BE19 9677 2238 3012".' })
  accountSummary!: string | null;

  @Field(() => String, { nullable: true, description: 'A longer summary, such as "EUR account ending in 3012".' })
  longAccountSummary!: string | null;

  @Field(() => [RecipientDisplayField], { description: "Labelled values to show for this recipient, in Wise's order." })
  displayFields!: RecipientDisplayField[];

  @Field(() => JSONObjectScalar, { description: "The account details exactly as Wise gives them; their keys depend on the account type." })
  details!: Record<string, unknown>;

  @Field({ description: "Whether the account belongs to the profile's own holder." })
  ownedByCustomer!: boolean;

  @Field(() => RecipientConfirmations, {
    nullable: true,
    description: "Wise's name check of the account with the recipient's bank and the sender's acceptance of it; null where Wise ran none (most currencies).",
  })
  confirmations!: RecipientConfirmations | null;

  /** Wise id of the owning profile. */
  profileId!: number | null;
}
