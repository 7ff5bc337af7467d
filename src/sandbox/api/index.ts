// Every Wise route the sandbox serves, one folder per API group of Wise's spec (its tags):
// each group exports its route list (hand-written routes and declared resources).

import type { RouteDef } from "../route.js";
import { activityRoutes } from "./activity/routes.js";
import { addressRequirementRoutes } from "./address/requirements.js";
import { addressRoutes } from "./address/resource.js";
import { balanceMovementRoutes } from "./balance/movements.js";
import { balanceRoutes } from "./balance/routes.js";
import { statementRoutes } from "./balance/statement.js";
import { currencyRoutes } from "./currencies/routes.js";
import { profileRoutes } from "./profile/routes.js";
import { quoteRoutes } from "./quote/routes.js";
import { requirementRoutes } from "./recipient/requirement-routes.js";
import { recipientRoutes } from "./recipient/routes.js";
import { rateRoutes } from "./rate/routes.js";
import { simulationRoutes } from "./simulation/routes.js";
import { joseRoutes } from "./jose/routes.js";
import { scaRoutes } from "./sca/routes.js";
import { paymentRoutes } from "./transfer/payments.js";
import { transferRoutes } from "./transfer/routes.js";

export const WISE_ROUTES: readonly RouteDef[] = [
  ...profileRoutes,
  ...addressRoutes,
  ...addressRequirementRoutes,
  ...balanceRoutes,
  ...rateRoutes,
  ...currencyRoutes,
  ...activityRoutes,
  ...quoteRoutes,
  ...requirementRoutes,
  ...recipientRoutes,
  ...transferRoutes,
  ...paymentRoutes,
  ...simulationRoutes,
  ...balanceMovementRoutes,
  ...scaRoutes,
  ...joseRoutes,
  ...statementRoutes,
];
