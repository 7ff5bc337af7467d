// JSON of the bank account details group: the v1 list entry (as recorded: id, currency, balanceId,
// title, subtitle, status, deprecated, migrated, receiveOptions, bankFeatures), the v3 bank-details
// answer (localDetails, internationalDetails) and an order.

import type { ProfileRecord } from "../../model.js";
import { BANK_FEATURES, type AccountDetailsTemplate, type DetailRow } from "../../reference/account-details.js";
import type { AccountDetailsOrderRecord, AccountDetailsRecord } from "./model.js";

/** The name shown as the account holder: the person's, or the business's. */
export function holderName(profile: ProfileRecord): string {
  return profile.type === "PERSONAL" ? `${profile.firstName} ${profile.lastName}` : profile.businessName;
}

/** One currency's entry: issued details (ACTIVE) or, without `issued`, the masked example (AVAILABLE). */
export function accountDetailsView(template: AccountDetailsTemplate, profile: ProfileRecord, issued: AccountDetailsRecord | null) {
  const value = (row: DetailRow) => (row.type === "ACCOUNT_HOLDER" ? holderName(profile) : issued === null ? row.preview : row.issued(issued.id));
  return {
    id: issued?.id ?? null,
    currency: { code: template.code, name: template.name },
    balanceId: issued?.balanceId ?? -1,
    title: `Your ${template.code} account details`,
    subtitle: template.subtitle,
    status: issued === null ? "AVAILABLE" : "ACTIVE",
    deprecated: false,
    migrated: false,
    receiveOptions: template.options.map((option) => ({
      type: option.type,
      title: option.title,
      description: { title: `Your ${template.code} account details`, body: option.body, cta: null },
      summaries: option.time === null ? [] : [{ type: "TIME", title: option.time, description: null }],
      details: option.rows.map((row) => ({ type: row.type, title: row.title, body: value(row), description: null, hidden: row.hidden ?? false })),
      alert: null,
      shareText: null,
    })),
    bankFeatures: BANK_FEATURES.map((feature, index) => ({ key: feature.key, title: feature.title, supported: template.features[index] })),
  };
}

/** The v3 bank-details answer: the issued pair of local and (where Swift is offered) international details. */
export function bankDetailsView(template: AccountDetailsTemplate, issued: AccountDetailsRecord) {
  const [local, international] = template.options;
  const fieldsOf = (rows: DetailRow[]) => {
    const out: Record<string, string> = {};
    const put = (key: string, value: string) => (out[key] = value);
    for (const row of rows) {
      const v = row.issued(issued.id);
      switch (row.type) {
        case "BANK_NAME_AND_ADDRESS": {
          const [name, ...address] = v.split("\n");
          put("bankName", name ?? "");
          put("bankAddress", address.join(", "));
          break;
        }
        case "BANK_NAME":
        case "PARTNER_BANK_NAME":
          put("bankName", v);
          break;
        case "BANK_CODE":
          put(template.code === "GBP" ? "sortCode" : "bankCode", v.replace(/-/g, ""));
          break;
        case "ROUTING_NUMBER":
          put("routingNumber", v);
          break;
        case "ACCOUNT_NUMBER":
          put("accountNumber", v);
          break;
        case "IBAN":
          put("iban", v.replace(/ /g, ""));
          break;
        case "SWIFT_CODE":
          put("swiftCode", v);
          break;
      }
    }
    return out;
  };
  return {
    id: String(issued.id),
    currency: template.code,
    active: true,
    localDetails: { ...fieldsOf(local.rows), type: LOCAL_TYPES[template.code] ?? "LOCAL_ACCOUNT" },
    internationalDetails:
      international.rows.length === 0 ? null : { ...fieldsOf(international.rows), type: international.rows.some((row) => row.type === "IBAN") ? "IBAN" : "SWIFT" },
  };
}

/** The local details' type per currency (GBP's as Wise's example shows it). */
const LOCAL_TYPES: Record<string, string> = { GBP: "UK_ACCOUNT", EUR: "IBAN", USD: "ACH", AUD: "AUSTRALIAN", TRY: "IBAN" };

export function orderView(order: AccountDetailsOrderRecord) {
  return { status: order.status, currency: order.currency, requirements: order.requirements.map((r) => ({ type: r.type, status: r.status })) };
}
