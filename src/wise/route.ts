/**
 * A Wise route: the concrete path to call and its template, which names the route in errors,
 * logs and statistics without the ids in it.
 */
export interface WiseRoute {
  /** The path with every parameter percent-encoded, e.g. `/v2/profiles/123`. */
  readonly path: string;
  /** The same path with parameters blanked, e.g. `/v2/profiles/{}`. */
  readonly template: string;
}

/**
 * Builds a route from a template literal. Each interpolated value is percent-encoded, so a value
 * can never add a path segment, a query string or a fragment to the Wise URL.
 */
export function route(strings: TemplateStringsArray, ...values: Array<string | number>): WiseRoute {
  let path = strings[0] ?? "";
  let template = strings[0] ?? "";
  values.forEach((value, index) => {
    path += encodeURIComponent(String(value)) + strings[index + 1];
    template += "{}" + strings[index + 1];
  });
  return { path, template };
}
