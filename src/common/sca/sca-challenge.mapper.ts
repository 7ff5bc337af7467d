import type { WiseApiError } from "../../wise/errors.js";
import type { WiseOneTimeToken } from "../../wise/schemas/sca.js";
import { UserError, UserErrorCode } from "../user-error.js";
import { ScaChallenge, ScaChallengeStep, ScaChallengeType } from "./sca-challenge.type.js";

const KNOWN = new Set<string>(Object.values(ScaChallengeType));
const typeOf = (type: string): ScaChallengeType => (KNOWN.has(type) ? (type as ScaChallengeType) : ScaChallengeType.OTHER);

/** Wise's one-time token as the GraphQL ScaChallenge (also the shape of an error's `extensions.scaChallenge`). */
export function toScaChallenge(oneTimeToken: string, wise: WiseOneTimeToken | null): ScaChallenge {
  const challenges = (wise?.challenges ?? []).map((c) =>
    Object.assign(new ScaChallengeStep(), {
      type: typeOf(c.primaryChallenge.type),
      alternatives: (c.alternatives ?? []).map((a) => typeOf(a.type)),
      required: c.required ?? true,
      passed: c.passed ?? false,
    }),
  );
  const required = challenges.filter((c) => c.required);
  const cleared = challenges.length > 0 && (required.length > 0 ? required.every((c) => c.passed) : challenges.some((c) => c.passed));
  return Object.assign(new ScaChallenge(), {
    oneTimeToken: wise?.oneTimeToken ?? oneTimeToken,
    challenges,
    cleared,
    expiresInSeconds: wise?.validity ?? null,
    actionType: wise?.actionType ?? null,
  });
}

/** The challenge an SCA refusal carries (Wise's list, read by the session). */
export function challengeOf(error: WiseApiError): ScaChallenge {
  return toScaChallenge(error.oneTimeToken ?? "", error.challenge);
}

/** The userError that goes with a payload's scaChallenge. */
export function scaRequiredUserError(): UserError {
  return UserError.of(
    UserErrorCode.SCA_REQUIRED,
    "Wise asks for strong customer authentication: clear the challenges in scaChallenge, then repeat this mutation with scaToken set to scaChallenge.oneTimeToken.",
  );
}

/** One-time tokens are UUIDs; anything else (a CR/LF, a long string) never reaches a Wise header. */
const TOKEN_SHAPE = /^[A-Za-z0-9-]{8,64}$/;

/** A userError on `field` when `token` cannot be a one-time token; null when it can. */
export function badScaToken(token: string, field: string[]): UserError | null {
  return TOKEN_SHAPE.test(token) ? null : UserError.of(UserErrorCode.INVALID, "This is not a one-time token: use scaChallenge.oneTimeToken as given.", field);
}
