import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { DownloadLink } from "../../common/download-link.type.js";
import { fromWiseError, isWiseError } from "../../common/errors.js";
import type { Context } from "../../context/context.js";
import { offerDownload } from "../../downloads/offer.js";
import type { WiseFileAnswer } from "../../wise/file-answer.js";
import { getTransferNoc, getTransferReceipt, getTransferUsCombinedReceipt } from "../../wise/endpoints/transfer-documents.js";
import type { WiseSession } from "../../wise/session.js";
import { Transfer } from "../transfer/transfer.type.js";

/**
 * Fetches a transfer's document from Wise and hands it out as a link. Wise answers 404 while the
 * document does not exist (too early in the transfer's life, or not a transfer it applies to):
 * that is null, not an error.
 */
async function documentLink(ctx: Context, transfer: Transfer, fetch: (wise: WiseSession, id: number) => Promise<WiseFileAnswer>, fileName: string): Promise<DownloadLink | null> {
  try {
    return offerDownload(ctx.downloads, await fetch(ctx.wise(), transfer.wiseId), fileName, "application/pdf");
  } catch (error) {
    if (isWiseError(error) && error.kind === "HTTP" && error.status === 404) return null;
    throw isWiseError(error) ? fromWiseError(error) : error;
  }
}

@Resolver(() => Transfer)
export class TransferDocumentResolver {
  @FieldResolver(() => DownloadLink, {
    nullable: true,
    description: "The transfer's receipt (PDF) at a short-lived link on this server, once the money is sent (OUTGOING_PAYMENT_SENT); null before. Each read fetches it from Wise.",
  })
  receipt(@Root() transfer: Transfer, @Ctx() ctx: Context): Promise<DownloadLink | null> {
    return documentLink(ctx, transfer, getTransferReceipt, `receipt-${transfer.wiseId}.pdf`);
  }

  @FieldResolver(() => DownloadLink, {
    nullable: true,
    description:
      "The US combined disclosure receipt (PDF, for US consumers, instead of `receipt`) at a short-lived link, from INCOMING_PAYMENT_INITIATED on (made again when sent); null before. Each read fetches it from Wise.",
  })
  usCombinedReceipt(@Root() transfer: Transfer, @Ctx() ctx: Context): Promise<DownloadLink | null> {
    return documentLink(ctx, transfer, getTransferUsCombinedReceipt, `us-combined-receipt-${transfer.wiseId}.pdf`);
  }

  @FieldResolver(() => DownloadLink, {
    nullable: true,
    description:
      "The non objection certificate (PDF) of a sent INR transfer with a business sender or recipient, to obtain a Foreign Inward Remittance Certificate from the paying bank; null for other transfers and before it is sent. Each read fetches it from Wise.",
  })
  nonObjectionCertificate(@Root() transfer: Transfer, @Ctx() ctx: Context): Promise<DownloadLink | null> {
    return documentLink(ctx, transfer, getTransferNoc, `non-objection-certificate-${transfer.wiseId}.pdf`);
  }
}
