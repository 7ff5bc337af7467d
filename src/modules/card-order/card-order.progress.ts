import { CardOrderStatus, CardOrderStepState } from "./card-order.enums.js";
import { CardOrderStep } from "./card-order.type.js";

const VIRTUAL_FLOW = [CardOrderStatus.PLACED, CardOrderStatus.REQUIREMENTS_FULFILLED, CardOrderStatus.CARD_DETAILS_CREATED, CardOrderStatus.COMPLETED];
const PHYSICAL_FLOW = [CardOrderStatus.PLACED, CardOrderStatus.REQUIREMENTS_FULFILLED, CardOrderStatus.CARD_DETAILS_CREATED, CardOrderStatus.PRODUCED, CardOrderStatus.COMPLETED];

const step = (status: CardOrderStatus, state: CardOrderStepState) => Object.assign(new CardOrderStep(), { status, state });

/**
 * A card order's steps for a tracker. Steps reached are DONE and the next one is CURRENT. A
 * cancelled order shows the steps it surely reached (a card issued means card details were
 * created), then CANCELLED, and skips the rest; a returned card had been produced.
 */
export function orderProgress(status: CardOrderStatus, physical: boolean, cardIssued: boolean): CardOrderStep[] {
  const flow = physical ? PHYSICAL_FLOW : VIRTUAL_FLOW;
  if (status === CardOrderStatus.CANCELLED || status === CardOrderStatus.RETURNED) {
    const reached = status === CardOrderStatus.RETURNED ? flow.indexOf(CardOrderStatus.PRODUCED) : cardIssued ? flow.indexOf(CardOrderStatus.CARD_DETAILS_CREATED) : 0;
    return [
      ...flow.slice(0, reached + 1).map((s) => step(s, CardOrderStepState.DONE)),
      step(status, CardOrderStepState.DONE),
      ...flow.slice(reached + 1).map((s) => step(s, CardOrderStepState.SKIPPED)),
    ];
  }
  const at = flow.indexOf(status);
  // An unknown status: nothing is known to be done but the order itself.
  const reached = at === -1 ? 0 : at;
  return flow.map((s, index) => step(s, index <= reached ? CardOrderStepState.DONE : index === reached + 1 ? CardOrderStepState.CURRENT : CardOrderStepState.UPCOMING));
}
