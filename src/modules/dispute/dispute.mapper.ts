import { toEnum } from "../../common/enum.js";
import { globalId } from "../../common/node/global-id.js";
import { parseOptionalWiseTime, parseWiseTime } from "../../common/time.js";
import type { WiseDispute, WiseDisputeReason, WiseDynamicFlowStep } from "../../wise/schemas/dispute.js";
import { DisputeFlowFieldType, DisputeFlowStepKind, DisputeStatus, DisputeSubStatus } from "./dispute.enums.js";
import { Dispute, DisputeFlowField, DisputeFlowOption, DisputeFlowStep, DisputeReason } from "./dispute.type.js";

export function toDispute(profileId: number, wise: WiseDispute): Dispute {
  return Object.assign(new Dispute(), {
    id: globalId("Dispute", profileId, wise.id),
    wiseId: wise.id,
    transactionWiseId: wise.transactionId,
    reason: wise.reason,
    status: toEnum(DisputeStatus, "DisputeStatus", wise.status),
    subStatus: toEnum(DisputeSubStatus, "DisputeSubStatus", wise.subStatus),
    statusMessage: wise.statusMessage ?? null,
    createdAt: parseWiseTime(wise.createdAt),
    createdBy: wise.createdBy ?? null,
    lastUpdatedAt: parseOptionalWiseTime(wise.lastUpdatedAt),
    canWithdraw: wise.canWithdraw,
    profileWiseId: profileId,
  });
}

export function toDisputeReason(wise: WiseDisputeReason): DisputeReason {
  return Object.assign(new DisputeReason(), {
    code: wise.code,
    description: wise.description,
    tooltip: wise.tooltip,
    isFraud: wise.isFraud,
    supportsMultipleTransactions: wise.supportsMultipleTransactions,
    subOptions: (wise.subOptions ?? []).map(toDisputeReason),
  });
}

/** Reads a Dispute's global id key into its profile and Wise's dispute UUID. */
export function splitDisputeKey(key: string): { profileId: number; disputeId: string } {
  const colon = key.indexOf(":");
  return { profileId: Number(key.slice(0, colon)), disputeId: key.slice(colon + 1) };
}

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json | null => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : null);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown): string | null => (typeof value === "string" ? value : null);

/** The reason code an action URL of the flow names (`.../flows/step/VISA/NEVER_ARRIVED?...` or `.../flows/VISA/WRONG_AMOUNT`). */
function reasonOfUrl(url: string | null): string | null {
  const match = url === null ? null : /\/dispute-form\/flows\/(?:step\/)?[^/?]+\/([^/?]+)/.exec(url);
  return match ? decodeURIComponent(match[1]!) : null;
}

function fieldType(schema: Json): DisputeFlowFieldType {
  const properties = asObject(schema.properties);
  if (schema.type === "object" && properties && "value" in properties && "currency" in properties) return DisputeFlowFieldType.MONEY;
  if (schema.type === "boolean") return DisputeFlowFieldType.BOOLEAN;
  if (schema.type === "string" && (schema.format === "base64url" || schema.persistAsync !== undefined)) return DisputeFlowFieldType.FILE;
  if (schema.type === "string" && schema.format === "date") return DisputeFlowFieldType.DATE;
  if (schema.type === "string") return DisputeFlowFieldType.TEXT;
  return DisputeFlowFieldType.OTHER;
}

/** The fields of one object schema of the submission (`form` or `files`), in their display order. */
function fieldsOf(section: Json | null, file: boolean): DisputeFlowField[] {
  const properties = asObject(section?.properties) ?? {};
  const required = new Set(asArray(section?.required).filter((k): k is string => typeof k === "string"));
  const order = asArray(section?.displayOrder).filter((k): k is string => typeof k === "string" && k in properties);
  const keys = [...order, ...Object.keys(properties).filter((k) => !order.includes(k))];
  return keys.map((key) => {
    const schema = asObject(properties[key]) ?? {};
    return Object.assign(new DisputeFlowField(), {
      key,
      title: asString(schema.title),
      type: file ? DisputeFlowFieldType.FILE : fieldType(schema),
      required: required.has(key),
    });
  });
}

/**
 * Reads a Dynamic Flow step of the dispute flow into typed fields: a decision's options, a form's
 * questions (the submission schema's `form` and `files`) and its submit reason, or the final
 * step's message. The step stays whole in `json`.
 */
export function toDisputeFlowStep(step: WiseDynamicFlowStep): DisputeFlowStep {
  const layout = asArray(step.layout)
    .map(asObject)
    .filter((item): item is Json => item !== null);
  const actions = asArray(step.actions)
    .map(asObject)
    .filter((item): item is Json => item !== null);
  const decision = layout.find((item) => item.type === "decision");
  const submit = actions.find((action) => action.method === "POST" && reasonOfUrl(asString(action.url)) !== null);
  const schema =
    asArray(step.schemas)
      .map(asObject)
      .find((item) => item !== null && asObject(item.properties)?.form !== undefined) ?? null;
  const schemaProperties = asObject(schema?.properties);
  const kind = decision
    ? DisputeFlowStepKind.DECISION
    : submit && schemaProperties
      ? DisputeFlowStepKind.FORM
      : actions.some((action) => action.exit === true)
        ? DisputeFlowStepKind.FINAL
        : DisputeFlowStepKind.OTHER;
  const options = asArray(decision?.options)
    .map(asObject)
    .filter((option): option is Json => option !== null)
    .map((option) =>
      Object.assign(new DisputeFlowOption(), {
        title: asString(option.title) ?? "",
        description: asString(option.description),
        reason: reasonOfUrl(asString(asObject(option.action)?.url)),
        disabled: option.disabled === true,
      }),
    );
  const fields = kind === DisputeFlowStepKind.FORM ? [...fieldsOf(asObject(schemaProperties?.form), false), ...fieldsOf(asObject(schemaProperties?.files), true)] : [];
  const message = layout.map((item) => asString(item.markdown) ?? asString(item.text)).find((text) => text !== null) ?? null;
  return Object.assign(new DisputeFlowStep(), {
    key: asString(step.key),
    kind,
    title: asString(step.title),
    message: kind === DisputeFlowStepKind.FINAL ? message : null,
    options,
    fields,
    submitReason: kind === DisputeFlowStepKind.FORM ? reasonOfUrl(asString(submit?.url)) : null,
    json: step,
  });
}
