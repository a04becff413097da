/**
 * IndexNow verifies ownership of the key.
 *
 * The key resolves from env INDEXNOW_KEY, falling back to the value already
 * shipped as client/public/<key>.txt so this works out of the box.
 */
const SITE_URL = "https://chalkpicks.example";
const HOST = SITE_URL.replace(/^https?:\/\//, "").replace(/\/$/, "");
const DEFAULT_KEY = "{{hex:32}}";

/** The IndexNow key: env override, else the pre-shipped static key file's value. */
export function getIndexNowKey() {
  return process.env.INDEXNOW_KEY?.trim() || DEFAULT_KEY;
}

export function ping(paths) {
  return fetch("https://api.indexnow.org/indexnow", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ host: HOST, key: getIndexNowKey(), urlList: paths.map((p) => SITE_URL + p) }),
  }).catch(() => undefined);
}
