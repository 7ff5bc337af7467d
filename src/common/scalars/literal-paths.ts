import { Kind, type ValueNode } from "graphql";

/**
 * Where each inline value sits in its document, as a client would name it: "input.sourceAmount",
 * "ids[2]", "$amount" for a variable's default. graphql-js hands a scalar only the value node, so
 * a scalar refusing a literal could not otherwise say which argument it is about. The
 * literal-paths validation rule fills this in when it enters an argument, before the standard
 * rules parse the values inside it. Weak keys: the paths go with their document.
 */
const paths = new WeakMap<ValueNode, string>();

export function recordLiteralPaths(value: ValueNode, path: string): void {
  if (value.kind === Kind.VARIABLE) return;
  paths.set(value, path);
  if (value.kind === Kind.OBJECT) {
    for (const field of value.fields) recordLiteralPaths(field.value, `${path}.${field.name.value}`);
  } else if (value.kind === Kind.LIST) {
    value.values.forEach((item, index) => recordLiteralPaths(item, `${path}[${index}]`));
  }
}

/** The recorded path of an inline value, if the literal-paths rule saw it. */
export function literalPath(value: ValueNode): string | undefined {
  return paths.get(value);
}
