// The recipient forms of a route: hand-written for the currencies with the sandbox's own checks
// (requirements.ts), recorded from Wise for every other currency (recorded-forms.ts).

import { recordedFormsFor } from "./recorded-forms.js";
import { HAND_WRITTEN, handWrittenFormsFor, type FormDef, type FormOptions } from "./requirements.js";

/** The forms for a route, with the inputs revealed by the answers given so far ([] for a currency without forms). */
export function formsFor(options: FormOptions): FormDef[] {
  return HAND_WRITTEN.has(options.target) ? handWrittenFormsFor(options) : recordedFormsFor(options);
}
