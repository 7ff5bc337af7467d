import { Directive, Field, ObjectType } from "type-graphql";
import { Money } from "../../common/money.type.js";
import { Node } from "../../common/node/node.interface.js";
import { DateTimeScalar, DecimalScalar, SafeIntScalar } from "../../common/scalars/index.js";
import { TransferStatus } from "./transfer-status.enum.js";

@Directive('@key(fields: "id")')
@Directive("@cacheControl(scope: PRIVATE)")
@ObjectType({ simpleResolvers: true, implements: Node, description: "A payment of money from a profile to a recipient, priced by a quote." })
export class Transfer extends Node {
  @Field(() => SafeIntScalar, { description: "Wise's numeric id of the transfer." })
  wiseId!: number;

  @Field(() => TransferStatus, { description: "Where the transfer stands." })
  status!: TransferStatus;

  @Field(() => String, { nullable: true, description: "The reference the recipient sees." })
  reference!: string | null;

  @Field(() => Money, {
    description: "The amount converted and sent, after Wise's fee (Wise's sourceValue); the sender pays this plus the quote's fee. Wise may adjust it slightly when funded.",
  })
  sourceAmount!: Money;

  @Field(() => Money, { description: "What the recipient receives." })
  targetAmount!: Money;

  @Field(() => DecimalScalar, { nullable: true, description: "The exchange rate applied, exact." })
  rate!: string | null;

  @Field(() => DateTimeScalar, { description: "When the transfer was created." })
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: "The idempotency key it was created with (Wise's customerTransactionId)." })
  idempotencyKey!: string | null;

  @Field({ description: "Whether Wise has open issues on the transfer that may need the sender's attention." })
  hasActiveIssues!: boolean;

  /** The owning profile, when known from the list it came from. */
  profileId!: number | null;
  businessProfileId!: number | null;
  recipientId!: number | null;
  quoteUuid!: string | null;
}
