import { UserError, UserErrorCode } from "../../common/user-error.js";
import { isCompactJwe } from "../../wise/sealed-answer.js";

/** A client's sealed request is small (an RSA-wrapped key, a nonce or a PIN); anything longer is not one. */
const MAX_ENCRYPTED_PAYLOAD = 16 * 1024;

/**
 * The userErrors of a client's sealed request, checked before Wise is called: a key version Wise
 * could have issued, and a compact JWE (this server cannot and does not look inside).
 */
export function sealedRequestProblems(input: { keyVersion: number; encryptedPayload: string }): UserError[] {
  const problems: UserError[] = [];
  if (!Number.isInteger(input.keyVersion) || input.keyVersion < 1) {
    problems.push(UserError.of(UserErrorCode.INVALID, "keyVersion must be the version of Wise's key (cardEncryptionKey.version).", ["input", "keyVersion"]));
  }
  if (input.encryptedPayload.length > MAX_ENCRYPTED_PAYLOAD || !isCompactJwe(input.encryptedPayload)) {
    problems.push(
      UserError.of(UserErrorCode.INVALID, "encryptedPayload must be a compact JWE (five base64url parts) made on the client with Wise's key.", ["input", "encryptedPayload"]),
    );
  }
  return problems;
}

/** Wise's refusals of a sealed request point at the input field they are about. */
export function sealedRequestField(wisePath: string | null): string[] | null {
  if (wisePath === "keyVersion") return ["input", "keyVersion"];
  if (wisePath === "encryptedPayload") return ["input", "encryptedPayload"];
  return null;
}
