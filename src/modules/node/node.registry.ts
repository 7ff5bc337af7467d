import type { Node } from "../../common/node/node.interface.js";
import type { NodeTypeName } from "../../common/node/global-id.js";
import type { Context } from "../../context/context.js";
import { fetchAddressNode } from "../address/address.node.js";
import { fetchBalanceNode } from "../balance/balance.node.js";
import { fetchProfileNode } from "../profile/profile.node.js";
import { fetchQuoteNode } from "../quote/quote.node.js";
import { fetchRecipientNode } from "../recipient/recipient.node.js";
import { fetchTransferNode } from "../transfer/transfer.node.js";

type NodeFetcher = (ctx: Context, key: string) => Promise<Node>;

/** How `node(id:)` refetches each Node type, through the same per-request loaders as fields. */
export const nodeFetchers: Partial<Record<NodeTypeName, NodeFetcher>> = {
  PersonalProfile: fetchProfileNode,
  BusinessProfile: fetchProfileNode,
  Address: fetchAddressNode,
  Balance: fetchBalanceNode,
  Quote: fetchQuoteNode,
  Recipient: fetchRecipientNode,
  Transfer: fetchTransferNode,
};
