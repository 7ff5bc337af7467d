import { Field, ObjectType, registerEnumType } from "type-graphql";

export enum UserErrorCode {
  INVALID = "INVALID",
  REQUIRED = "REQUIRED",
  NOT_FOUND = "NOT_FOUND",
  INSUFFICIENT_FUNDS = "INSUFFICIENT_FUNDS",
  PAYMENT_OPTION_UNAVAILABLE = "PAYMENT_OPTION_UNAVAILABLE",
  QUOTE_EXPIRED = "QUOTE_EXPIRED",
  QUOTE_ALREADY_USED = "QUOTE_ALREADY_USED",
  IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED",
  INVALID_RECIPIENT = "INVALID_RECIPIENT",
  NOT_ALLOWED = "NOT_ALLOWED",
  SCA_REQUIRED = "SCA_REQUIRED",
  OUTCOME_UNKNOWN = "OUTCOME_UNKNOWN",
  FILE_TOO_LARGE = "FILE_TOO_LARGE",
  UNSUPPORTED_FILE_TYPE = "UNSUPPORTED_FILE_TYPE",
}

registerEnumType(UserErrorCode, {
  name: "UserErrorCode",
  description: "Why a mutation did not do what was asked, in terms a client can act on.",
  valuesConfig: {
    INVALID: { description: "A value is malformed or not allowed (Wise's NOT_VALID and similar)." },
    REQUIRED: { description: "A required value is missing." },
    NOT_FOUND: { description: "The object named in the input does not exist or is not visible to the caller." },
    INSUFFICIENT_FUNDS: { description: "The balance does not hold enough money for this." },
    PAYMENT_OPTION_UNAVAILABLE: { description: "This way of paying is not available, e.g. no balance in the source currency." },
    QUOTE_EXPIRED: { description: "The quote has expired; create a new one." },
    QUOTE_ALREADY_USED: { description: "The quote already backs a transfer; a quote can back only one." },
    IDEMPOTENCY_KEY_REUSED: { description: "The idempotency key was already used for a different request; use a new key for a new intent." },
    INVALID_RECIPIENT: { description: "The recipient cannot receive this transfer, e.g. it lacks a required address." },
    NOT_ALLOWED: { description: "The object is in a state that does not allow this, e.g. cancelling a transfer already sent." },
    SCA_REQUIRED: { description: "Wise requires strong customer authentication for this call." },
    OUTCOME_UNKNOWN: {
      description:
        "Wise may or may not have done it (timeout, dropped connection, gateway error). Repeat the same mutation with the same idempotencyKey: it resolves to the one result and never does it twice.",
    },
    FILE_TOO_LARGE: { description: "An uploaded file is larger than the server accepts; nothing was sent to Wise." },
    UNSUPPORTED_FILE_TYPE: {
      description: "An uploaded file is not of an accepted type (JPEG, PNG or PDF by default), or its name or content does not match its type; nothing was sent to Wise.",
    },
  },
});

@ObjectType("UserError", { simpleResolvers: true, description: "A reason a mutation did not (or may not) have taken effect, tied to the input field it is about." })
export class UserError {
  @Field(() => [String], {
    nullable: true,
    description: 'The path to the input field at fault, in the input\'s own terms (e.g. ["input", "sourceAmount"]); null when no single field is at fault.',
  })
  field!: string[] | null;

  @Field({ description: "A human-readable explanation, safe to show to the user." })
  message!: string;

  @Field(() => UserErrorCode, { description: "A machine-readable code for the error." })
  code!: UserErrorCode;

  static of(code: UserErrorCode, message: string, field: string[] | null = null): UserError {
    return Object.assign(new UserError(), { code, message, field });
  }
}
