import { globalId } from "../../common/node/global-id.js";
import type { WiseTokenResponse } from "../../wise/schemas/token.js";
import type { WisePhoneNumber, WiseUser } from "../../wise/schemas/user.js";
import { UserToken } from "./user-token.type.js";
import { RegisteredUser, User, UserAddress, UserPhoneNumber } from "./user.type.js";

const blankToNull = (value: string | null | undefined) => (value == null || value.trim() === "" ? null : value);

/** Wise's v1 user to the GraphQL User. */
export function toUser(wise: WiseUser): User {
  const details = wise.details ?? null;
  const address = details?.address ?? null;
  return Object.assign(new User(), {
    id: globalId("User", wise.id),
    wiseId: wise.id,
    name: blankToNull(wise.name),
    email: wise.email,
    active: wise.active,
    firstName: blankToNull(details?.firstName),
    lastName: blankToNull(details?.lastName),
    phoneNumber: blankToNull(details?.phoneNumber),
    dateOfBirth: blankToNull(details?.dateOfBirth),
    occupation: blankToNull(details?.occupation ?? address?.occupation),
    avatarUrl: blankToNull(details?.avatar),
    address:
      address === null
        ? null
        : Object.assign(new UserAddress(), {
            country: blankToNull(address.countryCode),
            firstLine: blankToNull(address.firstLine),
            postCode: blankToNull(address.postCode),
            city: blankToNull(address.city),
            state: blankToNull(address.state),
          }),
  });
}

export function toRegisteredUser(wise: WiseUser): RegisteredUser {
  return Object.assign(new RegisteredUser(), { wiseId: wise.id, email: wise.email, active: wise.active });
}

export function toPhoneNumber(wise: WisePhoneNumber): UserPhoneNumber {
  return Object.assign(new UserPhoneNumber(), { wiseId: wise.id, phoneNumber: wise.phoneNumber, type: wise.type, verified: wise.verified });
}

/** A user grant's answer; null when Wise left out the refresh token a user grant must bring. */
export function toUserToken(wise: WiseTokenResponse, receivedAtMs: number): UserToken | null {
  if (!wise.refresh_token) return null;
  const expiresAt = wise.expires_at && !Number.isNaN(Date.parse(wise.expires_at)) ? new Date(wise.expires_at) : new Date(receivedAtMs + wise.expires_in * 1000);
  const refreshExpiresAt = wise.refresh_token_expires_at && !Number.isNaN(Date.parse(wise.refresh_token_expires_at)) ? new Date(wise.refresh_token_expires_at) : null;
  return Object.assign(new UserToken(), {
    accessToken: wise.access_token,
    tokenType: wise.token_type,
    expiresIn: Math.min(wise.expires_in, 2_147_483_647),
    expiresAt,
    refreshToken: wise.refresh_token,
    refreshTokenExpiresAt: refreshExpiresAt,
    scope: wise.scope ?? null,
  });
}
