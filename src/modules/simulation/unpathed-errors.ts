import { UserError, UserErrorCode } from "../../common/user-error.js";

/**
 * Wise's refusals of these simulations name no field (`{code, description}` or `{code, message}`
 * bodies), but each call has one input a refusal can only be about: they point there. A NOT_FOUND
 * keeps the field runMutation gave it (the id that named the missing object).
 */
export function pointUnpathedAt(userErrors: UserError[], field: string[]): UserError[] {
  return userErrors.map((error) => (error.field === null && error.code !== UserErrorCode.NOT_FOUND ? UserError.of(error.code, error.message, field) : error));
}
