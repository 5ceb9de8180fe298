// Interop: Cybersource's official Node SDK (cybersource-rest-client 0.0.83), with request and
// response MLE on, authorizes through the mock and decrypts the mock's encrypted answer.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mockMleCertificate, startMockCybersource } from "../../src/mock/index.js";
import { installmentRequest } from "../support/requests.js";

const require = createRequire(import.meta.url);
const { ApiClient, PaymentsApi } = require("cybersource-rest-client") as {
  ApiClient: new () => { setConfiguration(config: Record<string, unknown>): void };
  PaymentsApi: new (
    config: Record<string, unknown>,
    client: unknown,
  ) => {
    createPayment(
      body: unknown,
      callback: (error: unknown, data: unknown, response: { status: number }) => void,
    ): void;
  };
};
const SdkTracker = require("cybersource-rest-client/src/utilities/tracking/SdkTracker") as {
  prototype: { insertDeveloperIdTracker: (body: unknown) => unknown };
};

const fixtures = new URL("../fixtures/response-mle/", import.meta.url);
const dir = mkdtempSync(join(tmpdir(), "cybersource-jpo-sdk-mle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const credentials = {
  merchantId: "test_merchant",
  keyId: "00000000-0000-4000-8000-000000000001",
  sharedSecret: btoa("fake-secret-for-offline-tests-32"),
};

function createPayment(api: InstanceType<typeof PaymentsApi>, body: unknown) {
  return new Promise<{ data: unknown; status: number }>((resolve, reject) =>
    api.createPayment(body, (error, data, response) =>
      error ? reject(error) : resolve({ data, status: response.status }),
    ),
  );
}

describe("the official SDK with request and response MLE, against the mock", () => {
  it("authorizes through the mock and decrypts the mock's encrypted answer", async () => {
    const log: string[] = [];
    const mock = await startMockCybersource({
      ...credentials,
      log: (line) => log.push(line),
      responseEncryption: {
        publicKey: readFileSync(new URL("response-mle.crt", fixtures), "utf8"),
        keyId: "MOCK-RESPONSE-MLE-1",
      },
    });
    const certificatePath = join(dir, "mock-mle.crt");
    writeFileSync(certificatePath, mockMleCertificate);
    const config = {
      authenticationType: "jwt",
      jwtKeyType: "SHARED_SECRET",
      runEnvironment: new URL(mock.url).host,
      intermediateHost: mock.url,
      merchantID: credentials.merchantId,
      merchantKeyId: credentials.keyId,
      merchantsecretKey: credentials.sharedSecret,
      useMLEGlobally: true,
      mleForRequestPublicCertPath: certificatePath,
      enableResponseMleGlobally: true,
      responseMlePrivateKeyFilePath: new URL("response-mle.key", fixtures).pathname,
      responseMleKID: "MOCK-RESPONSE-MLE-1",
      logConfiguration: { enableLog: false },
    };
    const client = new ApiClient();
    client.setConfiguration(config);
    // createPayment adds clientReferenceInformation.partner.developerId, which Cybersource
    // accepts but the spec (and so the mock) does not have yet: leave the body as we give it.
    const insert = SdkTracker.prototype.insertDeveloperIdTracker;
    SdkTracker.prototype.insertDeveloperIdTracker = (body) => body;
    try {
      const request = installmentRequest();
      request.clientReferenceInformation = { code: "ORDER-1", transactionId: "TX-OFFICIAL-1" };
      Object.assign(request.processingInformation.japanPaymentOptions, { firstBillingMonth: "12" });
      const { data, status } = await createPayment(new PaymentsApi(config, client), request);
      expect(status).toBe(201);
      expect(data).toMatchObject({ status: "AUTHORIZED" });
      expect(mock.authorizations.map((a) => a.transactionId)).toEqual(["TX-OFFICIAL-1"]);
      expect(log).toEqual(["POST /pts/v2/payments 201 (MLE: request decrypted, answer encrypted)"]);
    } finally {
      SdkTracker.prototype.insertDeveloperIdTracker = insert;
      await mock.close();
    }
  });
});
