// Subscribers of one token that sent the same subscription get one execution of each event.

import { describe, expect, it } from "@jest/globals";
import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from "graphql";
import type { Context } from "../../src/context/context.js";
import { executeShared } from "../../src/live/event-execution.js";
import type { LiveEventPayload } from "../../src/live/live-event-payload.js";
import type { WiseEvent } from "../../src/live/wise-event.js";

let resolved = 0;
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: "Query", fields: { ok: { type: GraphQLString } } }),
  subscription: new GraphQLObjectType({
    name: "Subscription",
    fields: {
      changed: {
        type: GraphQLInt,
        args: { profileId: { type: GraphQLString } },
        resolve: (payload: LiveEventPayload) => {
          resolved++;
          return Number(payload.event.deliveryId);
        },
      },
    },
  }),
});

const payloadOf = (deliveryId: string): LiveEventPayload => ({ event: { deliveryId } as WiseEvent, context: {} as Context });
const args = (text: string, variables: Record<string, unknown>) => ({ schema, document: parse(text), variableValues: variables });

describe("executeShared", () => {
  it("executes an event once for identical subscriptions of a token, and apart for other documents, variables or events", async () => {
    const text = "subscription($p: String) { changed(profileId: $p) }";
    const first = payloadOf("1");
    resolved = 0;
    // Each subscriber parsed its own copy of the same text.
    const results = await Promise.all(Array.from({ length: 50 }, () => executeShared(args(text, { p: "a" }), first)));
    expect(resolved).toBe(1);
    expect(results.every((r) => r.data?.changed === 1)).toBe(true);
    await executeShared(args(text, { p: "b" }), first);
    await executeShared(args("subscription { changed }", {}), first);
    expect(resolved).toBe(3);
    // The next event (another token's payload, or the next event) executes again.
    await executeShared(args(text, { p: "a" }), payloadOf("2"));
    expect(resolved).toBe(4);
  });
});
