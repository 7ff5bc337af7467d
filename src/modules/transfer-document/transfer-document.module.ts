import { defineModule } from "../module.js";
import { TransferDocumentResolver } from "./transfer-document.resolver.js";

/** A transfer's documents (receipts, certificates) as short-lived download links. */
export const transferDocumentModule = defineModule(() => ({
  resolvers: [TransferDocumentResolver],
}));
