// The pattern shared by `ibm-iam-token` and `jwt`: three base64url parts, header and payload JSON objects.
// Each part sits behind a boundary lookbehind, so a long run is entered once and matching stays linear.
export const JWT_PATTERN =
  /(?<![A-Za-z0-9_-])(?<secret>e[wy][A-Za-z0-9_-]{8,}\.e[wy][A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])/dg;

/** Payloads of tokens printed in public tutorials (jwt.io and RFC 7519), which are no one's credential. */
export function isPublicSample(payload: Record<string, unknown>): boolean {
  return (
    (payload.sub === '1234567890' && (payload.name === 'John Doe' || payload.admin === true)) ||
    (payload.iss === 'joe' && payload['http://example.com/is_root'] === true)
  );
}
