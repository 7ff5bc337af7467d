/**
 * JSON laid out for reading in the README: a value that fits in the line stays on one line
 * (`{ "amount": "250.00", "currency": "GBP" }`); a longer one breaks into one entry a line.
 */
export function formatJson(value: unknown, width = 110): string {
  return layout(value, "", width, 0);
}

function inline(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? "[]" : `[ ${value.map(inline).join(", ")} ]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    return entries.length === 0 ? "{}" : `{ ${entries.map(([key, item]) => `${JSON.stringify(key)}: ${inline(item)}`).join(", ")} }`;
  }
  return JSON.stringify(value);
}

function layout(value: unknown, indent: string, width: number, used: number): string {
  const oneLine = inline(value);
  if (value === null || typeof value !== "object" || indent.length + used + oneLine.length <= width) return oneLine;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((item) => inner + layout(item, inner, width, 0)).join(",\n")}\n${indent}]`;
  const lines = Object.entries(value).map(([key, item]) => {
    const label = `${JSON.stringify(key)}: `;
    return inner + label + layout(item, inner, width, label.length);
  });
  return `{\n${lines.join(",\n")}\n${indent}}`;
}
