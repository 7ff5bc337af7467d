// Additional verification through GraphQL over HTTP against the sandbox: Profile.verificationStatus,
// verificationEvidencesSubmit, and verificationDocumentUpload as a GraphQL multipart request
// (graphql-multipart-request-spec): forwarded to Wise's multipart upload with the file's name, type
// and size; Apollo's CSRF prevention kept (no preflight header, no upload); files too large or of
// the wrong type refused with nothing reaching Wise; bob never sees or changes alice's evidences.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { print } from "graphql";
import { toGlobalId } from "graphql-relay";
import { VerificationDocumentUploadDocument, VerificationEvidencesSubmitDocument, VerificationStatusDocument } from "../generated/graphql.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";
import { personalProfileId } from "../helpers/money.js";

const MAX_FILE_BYTES = 64 * 1024;
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 7)]);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n");

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ server: { uploads: { maxFileBytes: MAX_FILE_BYTES, maxFiles: 3, allowedTypes: ["image/jpeg", "image/png", "application/pdf"] } } });
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.reset();
});

interface Part {
  bytes: Buffer;
  type: string;
  name: string;
}

interface MultipartAnswer {
  status: number;
  body: {
    data?: {
      verificationDocumentUpload: {
        documentType: string | null;
        files: { filename: string; contentType: string; size: number }[];
        profile: { verificationStatus: { requiredEvidences: string[] } } | null;
        userErrors: { field: string[] | null; code: string; message: string }[];
      } | null;
    } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

/** verificationDocumentUpload as a GraphQL multipart request: `operations`, `map`, then the files. */
async function upload(profileId: string, documentType: string, files: Part[], options: { token?: string; headers?: Record<string, string> } = {}): Promise<MultipartAnswer> {
  const form = new FormData();
  const input = { profileId, documentType, files: files.map(() => null) };
  form.append("operations", JSON.stringify({ query: print(VerificationDocumentUploadDocument), variables: { input } }));
  form.append("map", JSON.stringify(Object.fromEntries(files.map((_file, index) => [String(index), [`variables.input.files.${index}`]]))));
  files.forEach((file, index) => form.append(String(index), new Blob([file.bytes], { type: file.type }), file.name));
  const headers = { authorization: `Bearer ${options.token ?? h.alice.token}`, ...(options.headers ?? { "apollo-require-preflight": "true" }) };
  const response = await fetch(h.url, { method: "POST", headers, body: form });
  return { status: response.status, body: (await response.json()) as MultipartAnswer["body"] };
}

const received = () => h.sandbox.store.verifications.get(h.alice.personalProfileId)?.documents;
const uploadCalls = async () => (await h.stats()).routes["POST /v3/profiles/:profileId/verification-status/upload-document"] ?? 0;

describe("Profile.verificationStatus and verificationEvidencesSubmit", () => {
  it("lists what Wise asks for; answering takes it off, read back in the same response", async () => {
    const before = await h.request(VerificationStatusDocument, { id: personalProfileId(h) });
    expect(before.body.data?.profile?.verificationStatus).toEqual({
      requiredEvidences: ["ACCOUNT_PURPOSE", "ANNUAL_VOLUME", "INCOME", "USE_CASE_COUNTRIES", "SOURCE_OF_WEALTH", "ID_PROOF"],
      requiredEvidenceKeys: ["ACCOUNT_PURPOSE", "ANNUAL_VOLUME", "INCOME", "USE_CASE_COUNTRIES", "SOURCE_OF_WEALTH", "ID_PROOF"],
      complete: false,
    });
    const submitted = await h.request(VerificationEvidencesSubmitDocument, {
      input: {
        profileId: personalProfileId(h),
        accountPurpose: "MOVING_SAVINGS",
        intendedCountries: ["DEU", "esp"],
        yearlyAnticipatedVolume: "EUR_0_TO_2350",
        mainSourceOfIncome: "SALARY",
        annualIncome: "EUR_75001_OR_MORE",
      },
    });
    expect(submitted.body.errors).toBeUndefined();
    const payload = submitted.body.data!.verificationEvidencesSubmit;
    expect(payload.userErrors).toEqual([]);
    expect(payload.overallStatus).toBe("SUCCESS");
    expect(payload.results.map((r) => [r.field, r.result])).toEqual([
      ["accountPurpose", "SUCCESS"],
      ["annualIncome", "SUCCESS"],
      ["intendedCountries", "SUCCESS"],
      ["mainSourceOfIncome", "SUCCESS"],
      ["yearlyAnticipatedVolume", "SUCCESS"],
    ]);
    expect(payload.profile?.verificationStatus?.requiredEvidences).toEqual(["SOURCE_OF_WEALTH", "ID_PROOF"]);
    // Wise received its own values: lower-case alpha-3 codes and its euro ranges.
    expect(h.sandbox.store.verifications.get(h.alice.personalProfileId)?.answers).toMatchObject({
      intendedCountries: ["deu", "esp"],
      annualIncome: "75001_+",
      yearlyAnticipatedVolume: "0_2350",
    });
  });

  it("refuses what Wise would refuse, on the input field, with no Wise call", async () => {
    const cases = [
      { input: { profileId: personalProfileId(h), businessUseCase: ["DONATION"] }, field: ["input", "businessUseCase"], code: "INVALID" },
      { input: { profileId: personalProfileId(h), annualIncome: "EUR_0_TO_11500" }, field: ["input", "mainSourceOfIncome"], code: "REQUIRED" },
      { input: { profileId: personalProfileId(h), intendedCountries: ["DE"] }, field: ["input", "intendedCountries", "0"], code: "INVALID" },
      { input: { profileId: toGlobalId("BusinessProfile", String(h.alice.businessProfileId)), accountPurpose: "INVESTING" }, field: ["input", "accountPurpose"], code: "INVALID" },
      { input: { profileId: personalProfileId(h) }, field: ["input"], code: "REQUIRED" },
    ] as const;
    for (const { input, field, code } of cases) {
      const res = await h.request(VerificationEvidencesSubmitDocument, { input: input as never });
      expect(res.body.data?.verificationEvidencesSubmit.userErrors).toEqual([expect.objectContaining({ field, code })]);
    }
    expect((await h.stats()).total).toBe(0);
  });

  it("a business profile answers its own evidences", async () => {
    const res = await h.request(VerificationEvidencesSubmitDocument, {
      input: {
        profileId: toGlobalId("BusinessProfile", String(h.alice.businessProfileId)),
        businessUseCase: ["DONATION", "OTHER"],
        monthlyAnticipatedVolume: "EUR_12000001_OR_MORE",
        mainSourceOfFunding: "GRANTS",
      },
    });
    expect(res.body.data?.verificationEvidencesSubmit.profile?.verificationStatus?.requiredEvidences).toEqual(["USE_CASE_COUNTRIES", "TRADING_ADDRESS_PROOF"]);
  });
});

describe("verificationDocumentUpload (multipart)", () => {
  it("forwards the files to Wise's multipart upload, which keeps their name, type and size; ID_PROOF is no longer asked", async () => {
    const res = await upload(personalProfileId(h), "ID_PROOF", [
      { bytes: PNG, type: "image/png", name: "front.png" },
      { bytes: PDF, type: "application/pdf", name: "back.pdf" },
    ]);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const payload = res.body.data!.verificationDocumentUpload!;
    expect(payload.userErrors).toEqual([]);
    expect(payload.documentType).toBe("ID_PROOF");
    expect(payload.files).toEqual([
      { filename: "front.png", contentType: "image/png", size: PNG.length },
      { filename: "back.pdf", contentType: "application/pdf", size: PDF.length },
    ]);
    expect(payload.profile?.verificationStatus.requiredEvidences).not.toContain("ID_PROOF");
    expect(received()?.get("ID_PROOF")?.files).toEqual([
      { name: "front.png", type: "image/png", size: PNG.length },
      { name: "back.pdf", type: "application/pdf", size: PDF.length },
    ]);
    expect(await uploadCalls()).toBe(1);
  });

  it("takes `x-apollo-operation-name` as the preflight header too", async () => {
    const res = await upload(personalProfileId(h), "ADDRESS_PROOF", [{ bytes: PDF, type: "application/pdf", name: "bill.pdf" }], {
      headers: { "x-apollo-operation-name": "VerificationDocumentUpload" },
    });
    expect(res.body.data?.verificationDocumentUpload?.userErrors).toEqual([]);
    expect(received()?.has("ADDRESS_PROOF")).toBe(true);
  });

  it("without a preflight header the upload is refused (CSRF prevention) and nothing reaches Wise", async () => {
    const res = await upload(personalProfileId(h), "ID_PROOF", [{ bytes: PNG, type: "image/png", name: "front.png" }], { headers: {} });
    expect(res.status).toBe(400);
    expect(res.body.data ?? null).toBeNull();
    expect(JSON.stringify(res.body)).toMatch(/Cross-Site Request Forgery|preflight/i);
    expect((await h.stats()).total).toBe(0);
    expect(received()).toBeUndefined();
  });

  it("a file over the size limit is FILE_TOO_LARGE on its input index; nothing reaches Wise", async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(MAX_FILE_BYTES, 1)]);
    const res = await upload(personalProfileId(h), "ID_PROOF", [
      { bytes: PNG, type: "image/png", name: "ok.png" },
      { bytes: big, type: "image/png", name: "big.png" },
    ]);
    expect(res.body.data?.verificationDocumentUpload?.userErrors).toEqual([expect.objectContaining({ code: "FILE_TOO_LARGE", field: ["input", "files", "1"] })]);
    expect(res.body.data?.verificationDocumentUpload?.userErrors[0]?.message).toContain(String(MAX_FILE_BYTES));
    expect(await uploadCalls()).toBe(0);
    expect(received()).toBeUndefined();
  });

  it.each([
    ["a type not allowed", { bytes: Buffer.from("hello"), type: "text/plain", name: "notes.txt" }],
    ["a PNG whose content is not a PNG", { bytes: Buffer.from("<html>not an image</html>"), type: "image/png", name: "fake.png" }],
    ["a PDF named .exe", { bytes: PDF, type: "application/pdf", name: "doc.exe" }],
  ])("%s is UNSUPPORTED_FILE_TYPE; nothing reaches Wise", async (_name, file) => {
    const res = await upload(personalProfileId(h), "ID_PROOF", [file]);
    expect(res.body.data?.verificationDocumentUpload?.userErrors).toEqual([expect.objectContaining({ code: "UNSUPPORTED_FILE_TYPE", field: ["input", "files", "0"] })]);
    expect(await uploadCalls()).toBe(0);
  });

  it("more files than allowed is refused with 413 before anything is read", async () => {
    const file = { bytes: PNG, type: "image/png", name: "a.png" };
    const res = await upload(personalProfileId(h), "ID_PROOF", [file, file, file, file]);
    expect(res.status).toBe(413);
    expect(res.body.errors?.[0]?.extensions?.code).toBe("PAYLOAD_TOO_LARGE");
    expect((await h.stats()).total).toBe(0);
  });

  it("a second document of the same type before review is Wise's 409, as NOT_ALLOWED", async () => {
    await upload(personalProfileId(h), "ID_PROOF", [{ bytes: PNG, type: "image/png", name: "a.png" }]);
    const again = await upload(personalProfileId(h), "ID_PROOF", [{ bytes: PNG, type: "image/png", name: "b.png" }]);
    expect(again.body.data?.verificationDocumentUpload?.userErrors).toEqual([expect.objectContaining({ code: "NOT_ALLOWED" })]);
    expect(
      received()
        ?.get("ID_PROOF")
        ?.files.map((f) => f.name),
    ).toEqual(["a.png"]);
  });
});

describe("isolation", () => {
  it("bob neither reads nor changes alice's verification, and his upload never reaches Wise", async () => {
    const read = await h.request(VerificationStatusDocument, { id: personalProfileId(h) }, { token: h.bob.token });
    expect(errorCodes(read)).toEqual(["FORBIDDEN"]);
    const submit = await h.request(VerificationEvidencesSubmitDocument, { input: { profileId: personalProfileId(h), accountPurpose: "INVESTING" } }, { token: h.bob.token });
    expect(errorCodes(submit)).toEqual(["FORBIDDEN"]);
    const res = await upload(personalProfileId(h), "ID_PROOF", [{ bytes: PNG, type: "image/png", name: "a.png" }], { token: h.bob.token });
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    expect(await uploadCalls()).toBe(0);
    const alice = await h.request(VerificationStatusDocument, { id: personalProfileId(h) });
    expect(alice.body.data?.profile?.verificationStatus?.requiredEvidences).toHaveLength(6);
  });
});
