// Requirement forms as Wise sends them (recordings/recipient-requirement.yaml): one
// `fields[]` entry per input, named like it, holding a one-input `group`.

import type { FieldDef, FormDef } from "../../reference/requirements.js";

export function fieldView(f: FieldDef) {
  return {
    name: f.name,
    group: [
      {
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
      },
    ],
  };
}

export function formView(form: FormDef) {
  return { type: form.type, title: form.title, usageInfo: form.usageInfo, fields: form.fields.map(fieldView) };
}
