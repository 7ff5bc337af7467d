import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { apiError, ErrorCode, fromWiseError } from "../../common/errors.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { ClientCredentialsRefused } from "../../wise/client-token.js";
import { requestToken, type TokenGrant } from "../../wise/endpoints/oauth.js";
import { WiseApiError } from "../../wise/errors.js";
import { UserTokenCreateInput, UserTokenRefreshInput } from "./user.inputs.js";
import { toUserToken } from "./user.mapper.js";
import { UserTokenPayload } from "./user.payloads.js";
import { isEmail, MAX_GRANT_VALUE } from "./user.rules.js";

const payload = (token: UserTokenPayload["token"], userErrors: UserError[]) => Object.assign(new UserTokenPayload(), { token, userErrors });
const refused = (message: string, field: string[]) => payload(null, [UserError.of(UserErrorCode.INVALID, message, field)]);

/**
 * Sends one user grant to Wise's token endpoint. Wise's `invalid_grant` (a code unknown, used or
 * expired; credentials that do not match) is a userError on `grantField`; Wise refusing the
 * server's own client credentials is the operator's to fix, so it is a server error, never
 * UNAUTHENTICATED (the caller's token is not at fault). Never retried: a code is single use.
 */
async function grant(ctx: Context, tokenGrant: TokenGrant, grantField: string[], what: string): Promise<UserTokenPayload> {
  const oauth = ctx.oauth();
  try {
    const token = toUserToken(await requestToken(oauth, tokenGrant), Date.now());
    if (token === null) throw apiError(ErrorCode.UPSTREAM_UNAVAILABLE, "Wise answered the grant without a refresh token; try again shortly.");
    return payload(token, []);
  } catch (error) {
    if (!(error instanceof WiseApiError) || error.kind !== "HTTP") throw error;
    if (error.code === "invalid_grant") return refused(`Wise did not accept the ${what}: it is wrong, expired or already used.`, grantField);
    if (error.code === "invalid_request") return refused(`Wise refused the request as incomplete (${what}).`, grantField);
    if (error.code === "invalid_client" || error.code === "unauthorized") {
      throw new ClientCredentialsRefused(`Wise refused this server's client credentials (${error.operation} answered ${error.status} ${error.code}).`);
    }
    throw fromWiseError(error);
  }
}

@Resolver()
export class UserTokenMutations {
  @Mutation(() => UserTokenPayload, {
    description:
      "Partner operation (the server's client credentials): exchanges a user's grant (an authorization code from Wise's authorization page, or the email and registration code of a user made with userCreate) for their access and refresh tokens. The tokens appear only in this payload. FORBIDDEN when the server has no client credentials.",
  })
  async userTokenCreate(
    @Arg("input", () => UserTokenCreateInput, { description: "Exactly one grant." }) input: UserTokenCreateInput,
    @Ctx() ctx: Context,
  ): Promise<UserTokenPayload> {
    const { authorizationCode: byCode, registrationCode: byRegistration } = input;
    if ((byCode == null) === (byRegistration == null)) {
      return payload(null, [UserError.of(UserErrorCode.REQUIRED, "Give exactly one of authorizationCode and registrationCode.", ["input"])]);
    }
    if (byCode != null) {
      if (byCode.code.trim() === "" || byCode.code.length > MAX_GRANT_VALUE) return refused("code must be the code of the redirect.", ["input", "authorizationCode", "code"]);
      if (!/^https?:\/\/\S+$/.test(byCode.redirectUri) || byCode.redirectUri.length > MAX_GRANT_VALUE) {
        return refused("redirectUri must be the registered redirect URL.", ["input", "authorizationCode", "redirectUri"]);
      }
      return grant(
        ctx,
        { grant_type: "authorization_code", code: byCode.code.trim(), redirect_uri: byCode.redirectUri },
        ["input", "authorizationCode", "code"],
        "authorization code",
      );
    }
    const { email, registrationCode } = byRegistration!;
    if (!isEmail(email)) return refused("email is not an email address.", ["input", "registrationCode", "email"]);
    if (registrationCode === "" || registrationCode.length > MAX_GRANT_VALUE)
      return refused("registrationCode must be the code given to userCreate.", ["input", "registrationCode", "registrationCode"]);
    return grant(
      ctx,
      { grant_type: "registration_code", email: email.trim(), registration_code: registrationCode },
      ["input", "registrationCode", "registrationCode"],
      "email and registration code",
    );
  }

  @Mutation(() => UserTokenPayload, {
    description:
      "Partner operation (the server's client credentials): a new access token for a user from their refresh token (the refresh token stays the same). The tokens appear only in this payload. FORBIDDEN when the server has no client credentials.",
  })
  async userTokenRefresh(
    @Arg("input", () => UserTokenRefreshInput, { description: "The refresh token." }) input: UserTokenRefreshInput,
    @Ctx() ctx: Context,
  ): Promise<UserTokenPayload> {
    const refreshToken = input.refreshToken.trim();
    if (refreshToken === "" || refreshToken.length > MAX_GRANT_VALUE) return refused("refreshToken must be a refresh token from userTokenCreate.", ["input", "refreshToken"]);
    return grant(ctx, { grant_type: "refresh_token", refresh_token: refreshToken }, ["input", "refreshToken"], "refresh token");
  }
}
