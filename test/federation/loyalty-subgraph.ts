import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";

/**
 * A second subgraph, as another team would write it: it knows Wise transfers and profiles only
 * by their key (the global `id`) and adds its own fields to them. `Profile` is an entity
 * interface in the Wise subgraph, so it is taken here as an `@interfaceObject`: `loyaltyTier`
 * then lands on PersonalProfile and BusinessProfile alike.
 */
export const loyaltyTypeDefs = parse(`#graphql
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@interfaceObject"])

  "A tier of the loyalty programme."
  enum LoyaltyTier {
    "Every member starts here."
    BRONZE
    "Members with regular transfers."
    SILVER
    "The best customers."
    GOLD
  }

  "A Wise profile, as the loyalty programme sees it."
  type Profile @key(fields: "id") @interfaceObject {
    "The Wise subgraph's global id of the profile."
    id: ID!
    "The profile's loyalty tier."
    loyaltyTier: LoyaltyTier!
  }

  "A Wise transfer, as the compliance team sees it."
  type Transfer @key(fields: "id") {
    "The Wise subgraph's global id of the transfer."
    id: ID!
    "A note by the compliance team, if any."
    internalNote: String
  }

  type Query {
    "Transfers the compliance team flagged."
    flaggedTransfers: [Transfer!]!
    "Profiles in the loyalty programme."
    loyaltyMembers: [Profile!]!
  }
`);

export interface LoyaltyData {
  /** Global ids of flagged transfers, in order (may repeat). */
  flagged: string[];
  /** Global ids of member profiles, in order (may repeat). */
  members: string[];
  tiers: Map<string, "BRONZE" | "SILVER" | "GOLD">;
  notes: Map<string, string>;
}

export interface LoyaltySubgraph {
  url: string;
  data: LoyaltyData;
  /** Representations this subgraph was asked to resolve, by type. */
  references: Record<string, number>;
  close(): Promise<void>;
}

/** Starts the loyalty subgraph on a free loopback port. */
export async function startLoyaltySubgraph(): Promise<LoyaltySubgraph> {
  const data: LoyaltyData = { flagged: [], members: [], tiers: new Map(), notes: new Map() };
  const references: Record<string, number> = {};
  const count = (type: string) => (references[type] = (references[type] ?? 0) + 1);
  const server = new ApolloServer({
    schema: buildSubgraphSchema([
      {
        typeDefs: loyaltyTypeDefs,
        resolvers: {
          Query: {
            flaggedTransfers: () => data.flagged.map((id) => ({ id })),
            loyaltyMembers: () => data.members.map((id) => ({ id })),
          },
          Profile: {
            __resolveReference: (reference: { id: string }) => (count("Profile"), { id: reference.id }),
            loyaltyTier: (profile: { id: string }) => data.tiers.get(profile.id) ?? "BRONZE",
          },
          Transfer: {
            __resolveReference: (reference: { id: string }) => (count("Transfer"), { id: reference.id }),
            internalNote: (transfer: { id: string }) => data.notes.get(transfer.id) ?? null,
          },
        },
      },
    ]),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
  return { url, data, references, close: () => server.stop() };
}
