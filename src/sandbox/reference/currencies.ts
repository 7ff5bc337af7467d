// Currencies offered by GET /v1/currencies: a hand-written subset of ISO 4217 with
// display symbols, English names and search keywords (code, ISO2, ISO3, country).
// supportsDecimals=false marks currencies Wise handles in whole units only.

import type { CurrencyRecord } from "../model.js";

type Row = [code: string, symbol: string, name: string, decimals: boolean, keywords: string[]];

// [code, symbol, name, supportsDecimals, countryKeywords]
const ROWS: Row[] = [
  ["AED", "د.إ", "United Arab Emirates dirham", true, ["AED", "AE", "are", "United Arab Emirates"]],
  ["ARS", "$", "Argentine peso", true, ["ARS", "AR", "arg", "Argentina"]],
  ["AUD", "A$", "Australian dollar", true, ["AUD", "AU", "aus", "Australia", "NF", "Norfolk Island"]],
  ["BDT", "Tk", "Bangladeshi taka", true, ["BDT", "BD", "bgd", "Bangladesh"]],
  ["BGN", "лв", "Bulgarian lev", true, ["BGN", "BG", "bgr", "Bulgaria"]],
  ["BRL", "R$", "Brazilian real", true, ["BRL", "BR", "bra", "Brazil"]],
  ["CAD", "C$", "Canadian dollar", true, ["CAD", "CA", "can", "Canada"]],
  ["CHF", "SFr.", "Swiss franc", true, ["CHF", "CH", "che", "Switzerland", "LI", "Liechtenstein"]],
  ["CLP", "$", "Chilean peso", false, ["CLP", "CL", "chl", "Chile"]],
  ["CNY", "¥", "Chinese yuan", true, ["CNY", "CN", "chn", "China"]],
  ["COP", "$", "Colombian peso", true, ["COP", "CO", "col", "Colombia"]],
  ["CZK", "Kč", "Czech koruna", true, ["CZK", "CZ", "cze", "Czech Republic"]],
  ["DKK", "kr", "Danish krone", true, ["DKK", "DK", "dnk", "Denmark", "GL", "Greenland", "FO", "Faroe Islands"]],
  ["EGP", "E£", "Egyptian pound", true, ["EGP", "EG", "egy", "Egypt"]],
  [
    "EUR",
    "€",
    "Euro",
    true,
    ["EUR", "DE", "deu", "Germany", "FR", "fra", "France", "ES", "esp", "Spain", "IT", "ita", "Italy", "NL", "nld", "Netherlands", "IE", "irl", "Ireland"],
  ],
  ["GBP", "£", "British pound", true, ["GBP", "GB", "gbr", "United Kingdom", "IM", "Isle of Man", "JE", "Jersey", "GG", "Guernsey"]],
  ["GEL", "₾", "Georgian lari", true, ["GEL", "GE", "geo", "Georgia"]],
  ["HKD", "HK$", "Hong Kong dollar", true, ["HKD", "HK", "hkg", "Hong Kong"]],
  ["HUF", "Ft", "Hungarian forint", false, ["HUF", "HU", "hun", "Hungary"]],
  ["IDR", "Rp", "Indonesian rupiah", false, ["IDR", "ID", "idn", "Indonesia"]],
  ["ILS", "₪", "Israeli shekel", true, ["ILS", "IL", "isr", "Israel"]],
  ["INR", "₹", "Indian rupee", true, ["INR", "IN", "ind", "India"]],
  ["ISK", "kr", "Icelandic króna", false, ["ISK", "IS", "isl", "Iceland"]],
  ["JPY", "¥", "Japanese yen", false, ["JPY", "JP", "jpn", "Japan"]],
  ["KES", "KSh", "Kenyan shilling", false, ["KES", "KE", "ken", "Kenya"]],
  ["KRW", "₩", "South Korean won", false, ["KRW", "KR", "kor", "South Korea"]],
  ["MAD", "MAD", "Moroccan dirham", true, ["MAD", "MA", "mar", "Morocco"]],
  ["MXN", "Mex$", "Mexican peso", true, ["MXN", "MX", "mex", "Mexico"]],
  ["MYR", "RM", "Malaysian ringgit", true, ["MYR", "MY", "mys", "Malaysia"]],
  ["NGN", "₦", "Nigerian naira", true, ["NGN", "NG", "nga", "Nigeria"]],
  ["NOK", "kr", "Norwegian krone", true, ["NOK", "NO", "nor", "Norway", "SJ", "Svalbard and Jan Mayen"]],
  ["NZD", "NZ$", "New Zealand dollar", true, ["NZD", "NZ", "nzl", "New Zealand", "CK", "Cook Islands"]],
  ["PHP", "₱", "Philippine peso", true, ["PHP", "PH", "phl", "Philippines"]],
  ["PKR", "₨", "Pakistani rupee", true, ["PKR", "PK", "pak", "Pakistan"]],
  ["PLN", "zł", "Polish złoty", true, ["PLN", "PL", "pol", "Poland"]],
  ["RON", "lei", "Romanian leu", true, ["RON", "RO", "rou", "Romania"]],
  ["SEK", "kr", "Swedish krona", true, ["SEK", "SE", "swe", "Sweden"]],
  ["SGD", "S$", "Singapore dollar", true, ["SGD", "SG", "sgp", "Singapore"]],
  ["THB", "฿", "Thai baht", true, ["THB", "TH", "tha", "Thailand"]],
  ["TRY", "₺", "Turkish lira", true, ["TRY", "TR", "tur", "Turkey"]],
  ["UAH", "₴", "Ukrainian hryvnia", true, ["UAH", "UA", "ukr", "Ukraine"]],
  ["USD", "$", "United States dollar", true, ["USD", "US", "usa", "United States", "PR", "Puerto Rico", "EC", "Ecuador"]],
  ["VND", "₫", "Vietnamese dong", false, ["VND", "VN", "vnm", "Vietnam"]],
  ["ZAR", "R", "South African rand", true, ["ZAR", "ZA", "zaf", "South Africa"]],
];

export function seedCurrencies(): CurrencyRecord[] {
  return ROWS.map(([code, symbol, name, supportsDecimals, countryKeywords]) => ({
    code,
    symbol,
    name,
    countryKeywords: [...countryKeywords],
    supportsDecimals,
  }));
}

const ZERO_DECIMAL = new Set(ROWS.filter((r) => !r[3]).map((r) => r[0]));

/** Number of decimals Wise shows for amounts in this currency (0 for JPY, KRW, HUF...). */
export function currencyScale(code: string): number {
  return ZERO_DECIMAL.has(code) ? 0 : 2;
}
