// The money-movement routes (quotes, recipient requirements, recipients, transfers,
// funding, simulation, balance movements), gathered so server.ts mounts them with one
// line. Balance create/delete live with the other balance routes in balances.ts.

import type { RouteDef } from "../route.js";
import { balanceMovementRoutes } from "./balance-movements.js";
import { paymentRoutes } from "./payments.js";
import { quoteRoutes } from "./quotes.js";
import { recipientRoutes } from "./recipients.js";
import { requirementRoutes } from "./requirements.js";
import { simulationRoutes } from "./simulation.js";
import { transferRoutes } from "./transfers.js";

export const moneyRoutes: readonly RouteDef[] = [
  ...quoteRoutes,
  ...requirementRoutes,
  ...recipientRoutes,
  ...transferRoutes,
  ...paymentRoutes,
  ...simulationRoutes,
  ...balanceMovementRoutes,
];
