import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { isWiseError } from "../../common/errors.js";
import type { Context } from "../../context/context.js";
import { toTransfer } from "../transfer/transfer.mapper.js";
import { Transfer } from "../transfer/transfer.type.js";
import { toOriginator } from "./third-party-transfer.mapper.js";
import { TransferThirdPartyCreatePayload } from "./third-party-transfer.payloads.js";
import { TransferOriginator } from "./third-party-transfer.type.js";

/** The Wise id of the profile that owns a transfer: its business profile, or the user's personal one. */
async function owningProfileId(transfer: Transfer, ctx: Context): Promise<number | null> {
  if (transfer.profileId !== null) return transfer.profileId;
  return (await ctx.loaders.profileList()).find((p) => p.type === "PERSONAL")?.id ?? null;
}

@Resolver(() => Transfer)
export class TransferOriginatorResolver {
  @FieldResolver(() => TransferOriginator, {
    nullable: true,
    description:
      "Who the transfer was sent for, when a partner made it as a third-party transfer (transferThirdPartyCreate); null for the profile's own transfers. One Wise call per transfer.",
  })
  async originator(@Root() transfer: Transfer, @Ctx() ctx: Context): Promise<TransferOriginator | null> {
    const profileId = await owningProfileId(transfer, ctx);
    if (profileId === null) return null;
    try {
      const thirdParty = await ctx.loaders.thirdPartyTransfer.load({ profileId, transferId: transfer.wiseId });
      return thirdParty.originator ? toOriginator(thirdParty.originator) : null;
    } catch (error) {
      // Wise answers 404 for a transfer that was not made as a third-party transfer.
      if (isWiseError(error) && error.status === 404) return null;
      throw error;
    }
  }
}

@Resolver(() => TransferThirdPartyCreatePayload)
export class TransferThirdPartyCreatePayloadResolver {
  // Its own field (the standard read after the create), so a failed read cannot hide the creation.
  @FieldResolver(() => Transfer, {
    nullable: true,
    description:
      "The transfer, new or (for a repeated originalTransferId) the one made before; null when userErrors says why not, or (with an error) when Wise could not be read after making it.",
  })
  async transfer(@Root() payload: TransferThirdPartyCreatePayload, @Ctx() ctx: Context): Promise<Transfer | null> {
    if (payload.createdTransferId === null) return null;
    return toTransfer(await ctx.loaders.transferById.load(payload.createdTransferId));
  }
}
