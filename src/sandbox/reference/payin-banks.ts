// Where a sender pays a transfer by bank transfer, per source currency: the receiving bank, the
// account in Wise's name (in the local format: IBAN, sort code, routing number...) and the Wise
// entity that owns it. Sandbox figures in Wise's shape; real Wise answers its own accounts.
// Wise serves these details for 24 source currencies; the sandbox knows the ones below and
// answers any other currency as Wise does for a currency without bank-transfer pay-in.

export interface PayinAddress {
  country: string;
  firstLine: string;
  postCode: string;
  city: string;
  state: string | null;
  phone: string | null;
}

export interface PayinDetail {
  type: string;
  label: string;
  rawValue: string;
  formattedValue: string | null;
  description: string;
}

export interface PayinBank {
  bankName: string;
  bankAddress: PayinAddress | null;
  /** RECIPIENT: Wise's own collection account for transfers. */
  bankAccountType: string;
  details: PayinDetail[];
  localCompanyName: string;
  localAddress: PayinAddress | null;
}

const BRUSSELS: PayinAddress = { country: "BE", firstLine: "Rue du Trône 100, 3rd floor", postCode: "1050", city: "Brussels", state: null, phone: null };
const LONDON: PayinAddress = { country: "GB", firstLine: "Worship Square, 65 Clifton Street", postCode: "EC2A 4JE", city: "London", state: null, phone: null };
const NEW_YORK: PayinAddress = { country: "US", firstLine: "30 W. 26th Street, Sixth Floor", postCode: "10010", city: "New York", state: "NY", phone: null };
const SINGAPORE: PayinAddress = { country: "SG", firstLine: "2 Tanjong Katong Road, #07-01, PLQ3", postCode: "437161", city: "Singapore", state: null, phone: null };

const detail = (type: string, label: string, rawValue: string, formattedValue: string | null, description: string): PayinDetail => ({
  type,
  label,
  rawValue,
  formattedValue,
  description,
});
const holder = (name: string) => detail("recipientName", "Recipient name", name, name, "Name of the account holder");

const PAYIN_BANKS: Readonly<Record<string, PayinBank>> = {
  EUR: {
    bankName: "Wise Europe SA/NV",
    bankAddress: { country: "BE", firstLine: "Rue Du Trône 100, box 3", postCode: "1050", city: "Brussels", state: null, phone: "+32 472 123 456" },
    bankAccountType: "RECIPIENT",
    details: [
      detail("iban", "IBAN", "BE11111111111111", "BE11 1111 1111 1111", "International Bank Account Number"),
      detail("bic", "Bank code (BIC/Swift)", "TRWIBEB1XXX", "TRWIBEB1XXX", "BIC/SWIFT code of the receiving bank"),
      holder("TransferWise Europe SA"),
    ],
    localCompanyName: "Wise Europe SA",
    localAddress: BRUSSELS,
  },
  GBP: {
    bankName: "Barclays Bank PLC",
    bankAddress: { country: "GB", firstLine: "1 Churchill Place", postCode: "E14 5HP", city: "London", state: null, phone: null },
    bankAccountType: "RECIPIENT",
    details: [
      detail("sortCode", "Sort code", "231470", "23-14-70", "UK bank code of the receiving bank"),
      detail("accountNumber", "Account number", "11111111", "11111111", "UK account number"),
      holder("Wise Payments Ltd"),
    ],
    localCompanyName: "Wise Payments Limited",
    localAddress: LONDON,
  },
  USD: {
    bankName: "Community Federal Savings Bank",
    bankAddress: { country: "US", firstLine: "89-16 Jamaica Ave", postCode: "11421", city: "Woodhaven", state: "NY", phone: null },
    bankAccountType: "RECIPIENT",
    details: [
      detail("achRoutingNumber", "ACH routing number", "026073150", "026073150", "ACH routing number of the receiving bank"),
      detail("wireRoutingNumber", "Wire routing number", "026073008", "026073008", "Wire routing number of the receiving bank"),
      detail("accountNumber", "Account number", "8310111111", "8310111111", "US account number"),
      detail("accountType", "Account type", "CHECKING", "Checking", "Type of the receiving account"),
      holder("Wise US Inc"),
    ],
    localCompanyName: "Wise US Inc.",
    localAddress: NEW_YORK,
  },
  CAD: {
    bankName: "Peoples Trust Company",
    bankAddress: { country: "CA", firstLine: "888 Dunsmuir St, Suite 1400", postCode: "V6C 3K4", city: "Vancouver", state: "BC", phone: null },
    bankAccountType: "RECIPIENT",
    details: [
      detail("institutionNumber", "Institution number", "621", "621", "Canadian institution number of the receiving bank"),
      detail("transitNumber", "Transit number", "16001", "16001", "Canadian transit number of the receiving branch"),
      detail("accountNumber", "Account number", "200111111111", "200111111111", "Canadian account number"),
      holder("Wise Payments Canada Inc"),
    ],
    localCompanyName: "Wise Payments Canada Inc.",
    localAddress: { country: "CA", firstLine: "99 Bank Street, Suite 1420", postCode: "K1P 1H4", city: "Ottawa", state: "ON", phone: null },
  },
  AUD: {
    bankName: "Wise Australia Pty Ltd",
    bankAddress: { country: "AU", firstLine: "36-38 Gipps Street", postCode: "2066", city: "Collingwood", state: "VIC", phone: null },
    bankAccountType: "RECIPIENT",
    details: [
      detail("bsbCode", "BSB code", "774001", "774-001", "Australian bank state branch code"),
      detail("accountNumber", "Account number", "211111111", "211111111", "Australian account number"),
      holder("Wise Australia Pty Ltd"),
    ],
    localCompanyName: "Wise Australia Pty Ltd",
    localAddress: { country: "AU", firstLine: "36-38 Gipps Street", postCode: "3066", city: "Collingwood", state: "VIC", phone: null },
  },
  CHF: {
    bankName: "Wise Europe SA/NV",
    bankAddress: null,
    bankAccountType: "RECIPIENT",
    details: [
      detail("iban", "IBAN", "CH1111111111111111111", "CH11 1111 1111 1111 1111 1", "International Bank Account Number"),
      detail("bic", "Bank code (BIC/Swift)", "TRWICHZ1XXX", "TRWICHZ1XXX", "BIC/SWIFT code of the receiving bank"),
      holder("TransferWise Europe SA"),
    ],
    localCompanyName: "Wise Europe SA",
    localAddress: BRUSSELS,
  },
  HUF: {
    bankName: "Wise Europe SA/NV",
    bankAddress: null,
    bankAccountType: "RECIPIENT",
    details: [detail("accountNumber", "Account number", "126000161111111111111111", "12600016-11111111-11111111", "Hungarian account number"), holder("TransferWise Europe SA")],
    localCompanyName: "Wise Europe SA",
    localAddress: BRUSSELS,
  },
  JPY: {
    bankName: "Wise Payments Japan K.K.",
    bankAddress: null,
    bankAccountType: "RECIPIENT",
    details: [
      detail("bankCode", "Bank code", "0310", "0310", "Japanese bank code"),
      detail("branchCode", "Branch code", "101", "101", "Japanese branch code"),
      detail("accountNumber", "Account number", "1111111", "1111111", "Japanese account number"),
      holder("Wise Payments Japan K.K."),
    ],
    localCompanyName: "Wise Payments Japan K.K.",
    localAddress: { country: "JP", firstLine: "1-3-4 Kudan-Kita, Chiyoda-ku", postCode: "102-0073", city: "Tokyo", state: null, phone: null },
  },
  SGD: {
    bankName: "DBS Bank Ltd",
    bankAddress: { country: "SG", firstLine: "12 Marina Boulevard", postCode: "018982", city: "Singapore", state: null, phone: null },
    bankAccountType: "RECIPIENT",
    details: [
      detail("bankCode", "Bank code", "7171", "7171", "Singapore bank code"),
      detail("accountNumber", "Account number", "8851111111", "885-111111-1", "Singapore account number"),
      holder("Wise Asia-Pacific Pte Ltd"),
    ],
    localCompanyName: "Wise Asia-Pacific Pte. Ltd.",
    localAddress: SINGAPORE,
  },
};

/** The bank-transfer pay-in details for a source currency; undefined when the sandbox has none. */
export function payinBank(currency: string): PayinBank | undefined {
  return PAYIN_BANKS[currency];
}
