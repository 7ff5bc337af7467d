// Types of scripts/wise-coverage.mjs, for the tests that import it.

export interface EndpointFunction {
  name: string;
  /** Repository-relative file, e.g. "src/wise/endpoints/transfers.ts". */
  file: string;
  /** Its `@wiseOperation` tags, e.g. "GET /v1/transfers/{transferId}". */
  operations: string[];
  /** The HTTP methods and route templates (ids as `{}`) its body hands to the client. */
  calls: { methods: string[]; routes: string[] };
  /** GraphQL fields that reach it, e.g. "Query.profile". */
  fields: string[];
}

export interface GraphqlField {
  /** "Type.field", e.g. "Mutation.transferCreate". */
  field: string;
  kind: string;
  file: string;
  /** Names of the endpoint functions it reaches. */
  endpoints: string[];
}

export const COVERAGE_DOC: string;
export function analyse(root?: string): { endpoints: EndpointFunction[]; fields: GraphqlField[] };
export function routeFits(template: string, operationPath: string): boolean;
export function renderCoverage(root?: string, analysis?: ReturnType<typeof analyse>): string;
