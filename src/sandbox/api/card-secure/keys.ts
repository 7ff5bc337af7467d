// The sandbox's key pairs for card data: the twcard RSA key (clients wrap their AES key with it;
// version 1, as Wise's is) and the wallet providers' keys that push provisioning payloads are
// encrypted to (the sandbox stands in for Google and for Apple: the server and the partner's app
// cannot open them). Made on first use, once per process: RSA key generation is slow.

import { generateKeyPairSync, type KeyObject } from "node:crypto";

export interface KeyPair {
  publicKey: KeyObject;
  privateKey: KeyObject;
}

/** The only version of the twcard key; requests name it in keyVersion. */
export const TWCARD_KEY_VERSION = 1;

const made = new Map<string, KeyPair>();

function once(name: string): KeyPair {
  let pair = made.get(name);
  if (pair === undefined) {
    pair = generateKeyPairSync("rsa", { modulusLength: 2048 });
    made.set(name, pair);
  }
  return pair;
}

/** The RSA key of Wise's card data host (fetchEncryptingKey publishes its public half). */
export const twcardKey = (): KeyPair => once("twcard");

/** The key a wallet provider (Google, Apple) opens provisioning payloads with. */
export const walletProviderKey = (wallet: "GOOGLE_PAY" | "APPLE_PAY"): KeyPair => once(`wallet:${wallet}`);
