import { createStatementLoaders } from "../../loaders/statement.loader.js";
import { defineModule } from "../module.js";
import { BalanceStatementFileResolver } from "./statement-file.resolver.js";
import { StatementTransferResolver } from "./statement-transfer.resolver.js";
import { BalanceStatementResolver } from "./statement.resolver.js";

/** A balance's statement: a Relay connection over an interval, its transfers, and its files as download links. */
export const statementModule = defineModule(() => ({
  resolvers: [BalanceStatementResolver, StatementTransferResolver, BalanceStatementFileResolver],
  loaders: createStatementLoaders,
}));
