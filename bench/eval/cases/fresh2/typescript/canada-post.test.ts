import { beforeEach, describe, expect, it, vi } from "vitest";

import { quoteCanadaPostRates } from "../src/carriers/canada-post";
import { canadaPostTestState } from "./fixtures/canada-post";

const apiBase = "https://sandbox.canadapost.example/api";

describe("Canada Post rating", () => {
  const fetchMock = vi.fn();

  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal("fetch", fetchMock);
  });

  it("exchanges the client credentials for a token before rating", async () => {
    fetchMock
      .mockResolvedValueOnce(new Response(JSON.stringify({ access_token: "test-access-token", expires_in: 3600 })))
      .mockResolvedValueOnce(new Response(JSON.stringify({ prices: [] })));

    await quoteCanadaPostRates(canadaPostTestState.request);

    const [tokenUrl, tokenRequest] = fetchMock.mock.calls[0] as [
      string,
      RequestInit,
    ];
    expect(tokenUrl).toBe(
      `${apiBase}/cpc-api-native-oauth-provider/oauth2/token`,
    );
    expect(String(tokenRequest.body)).toContain(
      "grant_type=client_credentials",
    );
    expect(tokenRequest.headers).toMatchObject({
      "X-IBM-Client-Id": canadaPostTestState.environment.CANADA_POST_API_KEY,
      "X-IBM-Client-Secret": "sandbox-secret",
    });

    const [rateUrl, rateRequest] = fetchMock.mock.calls[1] as [
      string,
      RequestInit,
    ];
    expect(rateUrl).toBe(`${apiBase}/rating/v1/prices`);
    expect(rateRequest.headers).toMatchObject({
      Authorization: "Bearer test-access-token",
    });
  });
});
