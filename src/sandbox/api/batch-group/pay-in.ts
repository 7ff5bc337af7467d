// The bank account a batch group is paid into by bank transfer, per source currency: sandbox
// values in the shape of Wise's pay-in details (the NOK one is the spec's example). Currencies
// without an entry of their own get an account number and bank code only.

type Address = { name: string; firstLine: string; postCode: string; city: string; country: string; stateCode: string | null };

interface PayInAccount {
  name: string;
  accountNumber?: string | null;
  bankCode?: string | null;
  iban?: string | null;
  bban?: string | null;
  bankAddress?: Address | null;
  transferWiseAddress?: Address | null;
}

const WISE_LONDON: Address = {
  name: "TransferWise Ltd",
  firstLine: "6th Floor, The Tea Building, 56 Shoreditch High Street",
  postCode: "E1 6JJ",
  city: "London",
  country: "United Kingdom",
  stateCode: null,
};

const ACCOUNTS: Record<string, PayInAccount> = {
  GBP: { name: "TransferWise Ltd", accountNumber: "41852741", bankCode: "231470" },
  EUR: { name: "TransferWise Europe SA", iban: "BE79967040785533", bankCode: "TRWIBEB1XXX" },
  USD: {
    name: "TransferWise Inc",
    accountNumber: "8310006087",
    bankCode: "026073150",
    bankAddress: { name: "Community Federal Savings Bank", firstLine: "89-16 Jamaica Ave", postCode: "11421", city: "Woodhaven", country: "United States", stateCode: "NY" },
    transferWiseAddress: { name: "TransferWise Inc", firstLine: "30 W. 26th Street, Sixth Floor", postCode: "10010", city: "New York", country: "United States", stateCode: "NY" },
  },
  NOK: {
    name: "TransferWise Ltd",
    accountNumber: "9910728",
    bankCode: "8301",
    bban: "83019910728",
    bankAddress: { name: "CitiBank Europe Plc", firstLine: "Bolette brygge 1", postCode: "0252", city: "Oslo", country: "Norway", stateCode: null },
    transferWiseAddress: WISE_LONDON,
  },
};

/** The bank fields of a bank_transfer pay-in detail for this currency. */
export function bankTransferPayIn(currency: string): PayInAccount {
  const account = ACCOUNTS[currency] ?? { name: "TransferWise Ltd", accountNumber: "10000000", bankCode: "TRWIGB2L" };
  return { iban: null, ...account };
}
