import DataLoader from "dataloader";
import { getContactEmail, getCurrentUser, getUser } from "../wise/endpoints/users.js";
import type { WiseUser } from "../wise/schemas/user.js";
import type { WiseSession } from "../wise/session.js";

/**
 * The caller's user: `GET /v1/me` once per request, which also primes `userById`, so that
 * `user(id:)` with the caller's own id costs nothing more. Any other id is Wise's to refuse.
 */
export function createUserLoaders(wise: () => WiseSession) {
  let viewer: Promise<WiseUser> | undefined;
  const userById = new DataLoader<number, WiseUser>((ids) => Promise.all(ids.map((id) => getUser(wise(), id).catch((error: Error) => error))), { batch: false });
  const contactEmailByUser = new DataLoader<number, string | null>((ids) => Promise.all(ids.map((id) => getContactEmail(wise(), id).catch((error: Error) => error))), {
    batch: false,
  });
  return {
    /** The user behind the caller's token. */
    viewer: () =>
      (viewer ??= getCurrentUser(wise()).then((user) => {
        userById.prime(user.id, user);
        return user;
      })),
    userById,
    contactEmailByUser,
  };
}
