import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloServerPluginSchemaReportingDisabled, ApolloServerPluginUsageReportingDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginInlineTrace } from "@apollo/server/plugin/inlineTrace";
import { ApolloServerPluginUsageReporting } from "@apollo/server/plugin/usageReporting";

/** An Apollo Studio graph to report to (`APOLLO_KEY`, `APOLLO_GRAPH_REF`). */
export interface StudioOptions {
  key: string;
  /** `graph-id@variant`. */
  graphRef: string;
  /** Where usage reports go; Apollo's ingress unless set (tests point it at a local server). */
  usageReportingEndpoint?: string;
}

/**
 * Apollo Studio reporting, decided here and not by whatever APOLLO_* variables the process
 * happens to see. Without a Studio graph, the Disabled plugins stop Apollo Server from installing
 * its reporting plugins on its own: no report ever leaves the process.
 *
 * With one, operations sent straight to this server are reported (operation shapes, timings
 * and masked errors; never variable values or headers). Requests a router sends asking for an
 * inline trace (`apollo-federation-include-trace: ftv1`) are left out: the router reports
 * those, and counting them here too would double them.
 *
 * Schema reporting stays off in both cases: Apollo Server refuses it for a Federation subgraph,
 * whose schema reaches Studio with `rover subgraph publish` (see docs/federation.md).
 *
 * Inline traces are always on: a router that reports to Studio asks this subgraph for a trace of
 * its part of each operation (`ftv1`). The trace rides back in the response, error messages
 * masked, so this process still sends nothing to Apollo itself.
 */
export function studioReportingPlugins(studio: StudioOptions | null): Array<ApolloServerPlugin<BaseContext>> {
  const inlineTrace = ApolloServerPluginInlineTrace({ includeErrors: { masked: true } });
  if (!studio) return [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled(), inlineTrace];
  return [
    inlineTrace,
    ApolloServerPluginUsageReporting({
      sendVariableValues: { none: true },
      sendHeaders: { none: true },
      sendErrors: { masked: true },
      includeRequest: async ({ request }) => request.http?.headers.get("apollo-federation-include-trace") !== "ftv1",
      endpointUrl: studio.usageReportingEndpoint,
    }),
    ApolloServerPluginSchemaReportingDisabled(),
  ];
}
