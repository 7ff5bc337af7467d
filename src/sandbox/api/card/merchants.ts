// The merchants the sandbox's simulated card transactions are made at. Wise's simulation names
// only a merchant category code (MCC); the sandbox picks a merchant of that category, in the
// merchant's country (the card program's country unless the simulation names another).

import type { CardMerchantRecord } from "./model.js";

interface MerchantCategory {
  /** Wise's category name, as its card transactions show it. */
  name: string;
  /** Wise's description: the code, the scheme's class letter, the category's words. */
  description: string;
  /** A merchant the sandbox shows for this category. */
  merchant: string;
}

const CATEGORIES: Readonly<Record<string, MerchantCategory>> = {
  "4111": { name: "TRANSPORTATION_SUBURBAN_AND_LOCA", description: "4111 T Transportation Suburban and Local", merchant: "Sandbox City Transit" },
  "4121": { name: "TAXICABS_AND_LIMOUSINES", description: "4121 T Taxicabs and Limousines", merchant: "Sandbox Cabs" },
  "5411": { name: "GROCERY_STORES_AND_SUPERMARKETS", description: "5411 R Grocery Stores and Supermarkets", merchant: "Sandbox Supermarket" },
  "5499": { name: "MISCELLANEOUS_FOOD_STORES_CONVEN", description: "5499 R Miscellaneous Food Stores", merchant: "Sandbox Corner Shop" },
  "5812": { name: "EATING_PLACES_AND_RESTAURANTS", description: "5812 R Eating Places and Restaurants", merchant: "Sandbox Bistro" },
  "5814": { name: "FAST_FOOD_RESTAURANTS", description: "5814 R Fast Food Restaurants", merchant: "Sandbox Burgers" },
  "5999": { name: "MISCELLANEOUS_AND_SPECIALTY_RETA", description: "5999 R Miscellaneous and Special", merchant: "Sandbox Store" },
  "6011": { name: "MEMBER_FINANCIAL_INSTITUTION", description: "6011 Z Member Financial Institution", merchant: "Sandbox ATM" },
  "7011": { name: "HOTELS_MOTELS_AND_RESORTS", description: "7011 L Hotels, Motels and Resorts", merchant: "Sandbox Hotel" },
  "7995": { name: "BETTING_AND_GAMBLING", description: "7995 R Betting and Gambling", merchant: "Sandbox Casino" },
};

const CITIES: Readonly<Record<string, { city: string; zipCode: string }>> = {
  GB: { city: "London", zipCode: "EC2A 4JE" },
  US: { city: "New York", zipCode: "10001" },
  DE: { city: "Berlin", zipCode: "10115" },
  FR: { city: "Paris", zipCode: "75001" },
  SG: { city: "Singapore", zipCode: "018989" },
  EE: { city: "Tallinn", zipCode: "10111" },
};

/** The country each card program's cards are issued in (its name carries it: ..._GB_1). */
export function programCountry(programName: string): string {
  const match = /_([A-Z]{2})_\d+$/.exec(programName);
  const country = match?.[1] ?? "GB";
  return country === "UK" ? "GB" : country;
}

/** The merchant of a simulated transaction: the category's merchant, in `country`. */
export function merchantFor(mcc: string, country: string): CardMerchantRecord {
  const category = CATEGORIES[mcc] ?? { name: "UNCLASSIFIED", description: `${mcc} Unclassified`, merchant: "Sandbox Merchant" };
  const place = CITIES[country] ?? { city: null, zipCode: null };
  return {
    name: category.merchant,
    country,
    city: place.city,
    zipCode: place.zipCode,
    region: null,
    state: null,
    categoryName: category.name,
    categoryCode: mcc,
    categoryDescription: category.description,
  };
}
