// Requirement forms as Wise sends them (recordings/recipient-requirement.yaml): one
// `fields[]` entry per input, named like it, holding a one-input `group`; inputs that share a
// recorded group name (CZK's account number parts) share one entry.

import type { FieldDef, FormDef } from "../../reference/requirements.js";

function inputView(f: FieldDef) {
  return {
    key: f.key,
    name: f.name,
    type: f.type,
    refreshRequirementsOnChange: f.refreshRequirementsOnChange,
    required: f.required,
    displayFormat: f.displayFormat,
    example: f.example,
    minLength: f.minLength,
    maxLength: f.maxLength,
    validationRegexp: f.validationRegexp,
    validationAsync: f.validationAsync,
    valuesAllowed: f.valuesAllowed === null ? null : f.valuesAllowed.map((v) => ({ key: v.key, name: v.name })),
  };
}

export function fieldView(f: FieldDef) {
  return { name: f.name, group: [inputView(f)] };
}

/** The `fields[]` entries of a form: consecutive inputs of one named group together. */
function groupsOf(fields: readonly FieldDef[]) {
  const groups: { name: string; group: ReturnType<typeof inputView>[] }[] = [];
  let open: string | undefined;
  for (const f of fields) {
    const last = groups[groups.length - 1];
    if (f.group !== undefined && f.group === open && last !== undefined) last.group.push(inputView(f));
    else groups.push(f.group === undefined ? fieldView(f) : { name: f.group, group: [inputView(f)] });
    open = f.group;
  }
  return groups;
}

export function formView(form: FormDef) {
  return { type: form.type, title: form.title, usageInfo: form.usageInfo, fields: groupsOf(form.fields) };
}
