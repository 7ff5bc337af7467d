// The dispute flow's steps read into typed fields from Wise's own documented examples (its
// decision step with lowercase-scheme URLs, its final step), and a step of unknown shape kept
// whole as OTHER rather than guessed at.

import { describe, expect, it } from "@jest/globals";
import { toDisputeFlowStep } from "../../src/modules/dispute/dispute.mapper.js";
import { wiseDynamicFlowStep } from "../../src/wise/schemas/dispute.js";
import { parseWiseJson } from "../../src/wise/json.js";

const decode = (text: string) => wiseDynamicFlowStep.parse(parseWiseJson(text));

describe("toDisputeFlowStep", () => {
  it("reads Wise's documented decision step: each option's reason from its action URL", () => {
    const step = toDisputeFlowStep(
      decode(`{"key":"TROUBLE_WITH_GOODS_SERVICES","type":"form","title":"There's a problem with the goods or service I ordered","actions":[],"schemas":[],
        "layout":[{"type":"decision","options":[
          {"title":"I never got the goods or service I ordered","action":{"url":"/v3/spend/profiles/12345/dispute-form/flows/visa/no-goods-or-services?transactionId=6789","method":"GET"},"disabled":false,"description":"Choose this if the order was cancelled or never arrived"},
          {"title":"Something is wrong with the goods or service I ordered","action":{"url":"/v3/spend/profiles/12345/dispute-form/flows/visa/something-wrong-what-was-received?transactionId=6789","method":"GET"},"disabled":false},
          {"title":"I think there might be an issue with the merchant","action":{"url":"/v3/spend/profiles/12345/dispute-form/flows/visa/scam?transactionId=6789","method":"GET"},"disabled":true}]}]}`),
    );
    expect(step).toMatchObject({ key: "TROUBLE_WITH_GOODS_SERVICES", kind: "DECISION", fields: [], submitReason: null, message: null });
    expect(step.options.map((o) => [o.reason, o.disabled, o.description])).toEqual([
      ["no-goods-or-services", false, "Choose this if the order was cancelled or never arrived"],
      ["something-wrong-what-was-received", false, null],
      ["scam", true, null],
    ]);
  });

  it("reads Wise's documented final step: its message, kept whole in json", () => {
    const text = `{"key":"final","type":"form","title":"Done!","actions":[{"title":"Continue","exit":true,"$id":"continue"}],"schemas":[],
      "layout":[{"width":"md","components":[{"url":"https://wise.com/web-art/assets/illustrations/email-success-large%402x.png","type":"image"}],"type":"box"},
        {"margin":"lg","align":"center","type":"info","markdown":"Thanks for reporting this transaction."},{"type":"button","action":{"$ref":"continue"}}]}`;
    const step = toDisputeFlowStep(decode(text));
    expect(step).toMatchObject({ key: "final", kind: "FINAL", title: "Done!", message: "Thanks for reporting this transaction.", options: [], fields: [] });
    expect(step.json).toEqual(JSON.parse(text));
  });

  it("a step it cannot read is OTHER, with no guessed fields", () => {
    const step = toDisputeFlowStep(
      decode(`{"key":"x","type":"form","actions":[{"title":"Next","url":"/somewhere","method":"POST"}],"layout":[{"type":"paragraph","text":"Hello"}],"schemas":[{"width":7}]}`),
    );
    expect(step).toMatchObject({ kind: "OTHER", options: [], fields: [], submitReason: null, message: null });
    expect((step.json.schemas as { width: number }[])[0]!.width).toBe(7);
  });
});
