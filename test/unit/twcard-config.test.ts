// WISE_TWCARD_URL: Wise's card data host, derived from WISE_API_URL unless set, none on the
// embedded sandbox (it serves the card data paths itself), and refused when malformed.

import { describe, expect, it } from "@jest/globals";
import { ConfigError, loadConfig, twcardUrlFor } from "../../src/config.js";

const wise = (url: string) => ({ WISE_API_URL: url, WISE_API_TOKEN: "t" });

describe("config: the card data host", () => {
  it("is Wise's twcard host for Wise's API hosts, the API URL itself for another host, none for the embedded sandbox", () => {
    expect(loadConfig({}).twcardUrl).toBeNull();
    expect(loadConfig(wise("https://api.wise.com")).twcardUrl).toBe("https://twcard.wise.com");
    expect(loadConfig(wise("https://api.transferwise.com/")).twcardUrl).toBe("https://twcard.wise.com");
    expect(loadConfig(wise("https://api.wise-sandbox.com")).twcardUrl).toBe("https://twcard.wise-sandbox.com");
    expect(loadConfig(wise("https://api.sandbox.transferwise.tech")).twcardUrl).toBe("https://twcard.wise-sandbox.com");
    expect(loadConfig(wise("http://127.0.0.1:4010/")).twcardUrl).toBe("http://127.0.0.1:4010");
    // A host that merely starts like Wise's is not Wise's.
    expect(twcardUrlFor("https://api.wise.com.attacker.example")).toBe("https://api.wise.com.attacker.example");
  });

  it("is WISE_TWCARD_URL when set, which must be a plain http(s) URL and needs WISE_API_URL", () => {
    expect(loadConfig({ ...wise("http://127.0.0.1:4010"), WISE_TWCARD_URL: "http://127.0.0.1:4011/" }).twcardUrl).toBe("http://127.0.0.1:4011");
    for (const bad of ["twcard.wise.com", "ftp://twcard.wise.com", "https://twcard.wise.com/?x=1", "https://user:pw@twcard.wise.com"]) {
      expect(() => loadConfig({ ...wise("https://api.wise.com"), WISE_TWCARD_URL: bad })).toThrow(ConfigError);
    }
    expect(() => loadConfig({ WISE_TWCARD_URL: "https://twcard.wise.com" })).toThrow(/WISE_TWCARD_URL needs WISE_API_URL/);
  });
});
