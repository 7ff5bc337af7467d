// The Dynamic Flow steps Wise answers for disputes: a decision between more precise reasons, the
// form of a leaf reason (its answers, evidence files uploaded on the way, the acknowledgements)
// and the final step after a submission. Each action points at the next call of the flow.

import type { DisputeFieldKind, DisputeReasonForm, DisputeReasonRecord, DisputeScheme } from "./reasons.js";

export type FlowStep = Record<string, unknown>;

const base = (profileId: number) => `/v3/spend/profiles/${profileId}/dispute-form`;

/** A decision step: one option per precise reason, each leading to that reason's step (a GET the partner forwards as a POST). */
export function decisionStep(profileId: number, scheme: DisputeScheme, reason: DisputeReasonRecord, choices: readonly DisputeReasonRecord[], transactionIds: string): FlowStep {
  return {
    key: reason.code,
    type: "form",
    title: reason.description,
    actions: [],
    schemas: [],
    layout: [
      {
        type: "decision",
        options: choices.map((choice) => ({
          title: choice.description,
          action: { url: `${base(profileId)}/flows/step/${scheme}/${choice.code}?transactionId=${transactionIds}`, method: "GET" },
          disabled: false,
          ...(choice.tooltip === undefined ? {} : { description: choice.tooltip }),
        })),
      },
    ],
  };
}

const FIELD_SCHEMAS: Record<DisputeFieldKind, Record<string, unknown>> = {
  text: { type: "string", minLength: 1, maxLength: 2000 },
  date: { type: "string", format: "date" },
  boolean: { type: "boolean" },
  money: {
    type: "object",
    displayOrder: ["value", "currency"],
    properties: { value: { type: "number", minimum: 0 }, currency: { type: "string", pattern: "^[A-Z]{3}$" } },
    required: ["value", "currency"],
  },
};

/** The form step of a leaf reason: the submission's schema, with its hidden transaction part filled in. */
export function formStep(profileId: number, scheme: DisputeScheme, form: DisputeReasonForm, transactionIds: string, email: string | null): FlowStep {
  const required = (items: readonly { key: string; required: boolean }[]) => items.filter((i) => i.required).map((i) => i.key);
  const properties: Record<string, unknown> = {
    transaction: { type: "object", hidden: true, default: { transactionId: transactionIds, ...(email === null ? {} : { email }) } },
    form: {
      type: "object",
      displayOrder: form.fields.map((f) => f.key),
      properties: Object.fromEntries(form.fields.map((f) => [f.key, { title: f.title, ...FIELD_SCHEMAS[f.kind] }])),
      required: required(form.fields),
    },
    disclaimer: {
      type: "object",
      properties: {
        allAnswered: { type: "boolean", const: true, title: "I have answered every question truthfully" },
        filesUploaded: { type: "boolean", const: true, title: "I have attached every document I have" },
      },
      required: ["allAnswered", "filesUploaded"],
    },
  };
  if (form.files.length > 0) {
    properties.files = {
      type: "object",
      displayOrder: form.files.map((f) => f.key),
      properties: Object.fromEntries(
        form.files.map((f) => [
          f.key,
          {
            title: f.title,
            type: "string",
            format: "base64url",
            accepts: ["image/png", "image/jpeg", "application/pdf"],
            persistAsync: { method: "POST", url: `/v4/spend/profiles/${profileId}/dispute-form/file`, param: f.key, idProperty: f.key, schema: { type: "string" } },
          },
        ]),
      ),
      required: required(form.files),
    };
  }
  return {
    key: form.reason.code,
    type: "form",
    title: form.reason.description,
    actions: [{ title: "Submit", url: `${base(profileId)}/flows/${scheme}/${form.reason.code}`, method: "POST", $id: "submit" }],
    schemas: [{ $id: "#dispute", type: "object", displayOrder: Object.keys(properties), properties, required: ["transaction", "form", "disclaimer"] }],
    layout: [
      { type: "form", schemaId: "#dispute" },
      { type: "button", action: { $ref: "submit" } },
    ],
  };
}

/** The step after a submission: a message and the action that leaves the flow. */
export function finalStep(pending: boolean): FlowStep {
  const markdown = pending
    ? "Thanks for reporting this transaction. It's pre-authorised right now, but as soon as it becomes \"spent\" we'll begin our investigation."
    : "Thanks for reporting this transaction. We'll review it and let you know what happens next.";
  return {
    key: "final",
    type: "form",
    title: "Done!",
    actions: [{ title: "Continue", exit: true, $id: "continue" }],
    schemas: [],
    layout: [
      { type: "info", margin: "lg", align: "center", markdown },
      { type: "button", action: { $ref: "continue" } },
    ],
  };
}
