import { WiseClient } from "./client.js";

const clients = new WeakMap<WiseClient, WiseClient>();

/**
 * The client of Wise's card data host (twcard) that goes with an API client: the same settings
 * (timeouts, limits, SCA signer) on its own base URL, made once per API client. The API client
 * itself when both hosts are one (the embedded sandbox).
 */
export function twcardClientFor(client: WiseClient): WiseClient {
  const baseUrl = client.options.twcardBaseUrl;
  if (baseUrl === undefined || baseUrl === client.options.baseUrl) return client;
  let twcard = clients.get(client);
  if (twcard === undefined) {
    twcard = new WiseClient({ ...client.options, baseUrl, twcardBaseUrl: undefined });
    clients.set(client, twcard);
  }
  return twcard;
}
