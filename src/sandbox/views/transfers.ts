// Kept for tests that import the transfer view from its former place.
export { transferView } from "../api/transfer/view.js";
