import { createHash } from "node:crypto";
import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from "graphql";
import { estimateCost } from "../server/plugins/cost-limit.js";
import { PERSISTED_QUERY_NOT_ALLOWED, type TrustedDocuments } from "../server/plugins/trusted-documents.js";
import type { Limits } from "../server/limits.js";

/** The checks every operation sent over the subscription transport passes, the same as over HTTP. */
export interface OperationRules {
  schema: GraphQLSchema;
  /** The validation rules of /graphql beside graphql's own: depth, aliases, directives, root fields, money moves, literal paths. */
  validationRules: readonly ValidationRule[];
  limits: Limits;
  /** Production hides "Did you mean ...?" hints, as over HTTP. */
  production: boolean;
  /** Trusted-documents mode: only the manifest's operations run. */
  trustedDocuments: TrustedDocuments | null;
}

/** What a subscribe message carries (graphql-ws' payload). */
export interface OperationRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  extensions?: Record<string, unknown> | null;
}

/** An operation ready to run. */
export interface PreparedOperation {
  document: DocumentNode;
  operationName: string | undefined;
  variableValues: Record<string, unknown>;
}

function refusal(message: string, code: string, extensions: Record<string, unknown> = {}): GraphQLError[] {
  return [new GraphQLError(message, { extensions: { code, ...extensions } })];
}

/**
 * Parses and validates one subscribe message, once, when it arrives (never per event): the token
 * limit inside the parser, graphql's rules and ours, the cost estimate, and only subscription
 * operations (queries and mutations go over HTTP, where their own limits and CSRF checks apply).
 */
export function prepareSubscription(rules: OperationRules, request: OperationRequest): PreparedOperation | GraphQLError[] {
  let text = request.query;
  if (rules.trustedDocuments) {
    const hash = (request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
    const trusted = typeof hash === "string" ? rules.trustedDocuments.get(hash) : rules.trustedDocuments.get(createHash("sha256").update(text).digest("hex"));
    if (trusted === undefined || (text !== "" && text !== trusted)) {
      return refusal("This server only runs trusted operations: send the sha256 of a registered operation as extensions.persistedQuery.sha256Hash.", PERSISTED_QUERY_NOT_ALLOWED);
    }
    text = trusted;
  }
  let document: DocumentNode;
  try {
    document = parse(text, { maxTokens: rules.limits.maxTokens });
  } catch (error) {
    return error instanceof GraphQLError ? refusal(error.message, "GRAPHQL_PARSE_FAILED") : refusal("The operation could not be parsed.", "GRAPHQL_PARSE_FAILED");
  }
  const errors = validate(rules.schema, document, [...specifiedRules, ...rules.validationRules], { hideSuggestions: rules.production });
  if (errors.length > 0)
    return errors.map((error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: "GRAPHQL_VALIDATION_FAILED", ...error.extensions } }));
  const operationName = request.operationName ?? undefined;
  const operation = getOperationAST(document, operationName);
  if (!operation) return refusal("The document has no operation of that name, or several operations and no operationName.", "BAD_USER_INPUT");
  if (operation.operation !== "subscription") {
    return refusal(`Only subscriptions are served over WebSocket; send this ${operation.operation} over HTTP (POST /graphql).`, "BAD_USER_INPUT");
  }
  const variableValues = request.variables ?? {};
  let cost: number | null = null;
  try {
    cost = estimateCost(rules.schema, document, variableValues, operationName);
  } catch {
    // Variables that do not coerce: graphql's own coercion answers that when the operation runs.
  }
  if (cost !== null && cost > rules.limits.maxCost) {
    return refusal(`This operation's estimated cost is ${cost}, over the limit of ${rules.limits.maxCost}. Ask for fewer fields.`, "COST_LIMIT_EXCEEDED", {
      cost,
      maxCost: rules.limits.maxCost,
    });
  }
  return { document, operationName, variableValues };
}
