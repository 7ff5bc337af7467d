// The GraphQL enum of webhook event types and the sandbox's table of them are written apart (the
// API's layers do not share code with the sandbox): they must name the same event types, open to
// the same subscription levels, in the same schema versions.

import { describe, expect, it } from "@jest/globals";
import { WEBHOOK_EVENT_TYPES as API_TYPES } from "../../src/modules/webhook-subscription/webhook-event-type.enum.js";
import { WEBHOOK_EVENT_TYPES as SANDBOX_TYPES } from "../../src/sandbox/webhooks/event-types.js";

describe("webhook event types", () => {
  it("the GraphQL enum and the sandbox agree on every type, its subscription levels and its schema versions", () => {
    const api = Object.values(API_TYPES)
      .map((t) => ({ name: t.wise, profile: t.profile, application: t.application, versions: [...t.versions] }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const sandbox = SANDBOX_TYPES.map((t) => ({ name: t.name, profile: t.profile, application: t.application, versions: [...t.versions] })).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    expect(api).toEqual(sandbox);
    expect(api).toHaveLength(24);
  });
});
