import { describe, expect, it } from "@jest/globals";
import { ConfigError, loadConfig } from "../../src/config.js";

describe("upload limits from the environment", () => {
  it("default to Wise's limits: 10 MiB, 5 files, JPEG, PNG and PDF", () => {
    expect(loadConfig({}).uploads).toEqual({ maxFileBytes: 10 * 1024 * 1024, maxFiles: 5, allowedTypes: ["image/jpeg", "image/png", "application/pdf"] });
  });

  it("read UPLOAD_MAX_FILE_BYTES, UPLOAD_MAX_FILES and UPLOAD_ALLOWED_TYPES (lower-cased, without repeats)", () => {
    const { uploads } = loadConfig({ UPLOAD_MAX_FILE_BYTES: "2048", UPLOAD_MAX_FILES: "2", UPLOAD_ALLOWED_TYPES: " application/PDF, image/png,application/pdf " });
    expect(uploads).toEqual({ maxFileBytes: 2048, maxFiles: 2, allowedTypes: ["application/pdf", "image/png"] });
  });

  it.each([
    ["UPLOAD_MAX_FILE_BYTES", "0"],
    ["UPLOAD_MAX_FILE_BYTES", "10MB"],
    ["UPLOAD_MAX_FILES", "51"],
    ["UPLOAD_ALLOWED_TYPES", "pdf"],
    ["UPLOAD_ALLOWED_TYPES", "image/*"],
  ])("refuse %s=%s at start, naming the variable", (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });
});
