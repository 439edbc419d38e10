// sslmode as PostgreSQL's own tools read it (libpq), which is what Makegood documents:
//   require      the connection is encrypted; the server's certificate is not checked
//                (with sslrootcert=, it must be signed by that CA, as libpq does);
//   verify-full  encrypted, and the certificate must be signed by a trusted CA (sslrootcert=, or
//                the system's) for exactly the host name in the address.
// pg-connection-string 2.7+ reads `require` as verify-full unless told uselibpqcompat=true, which
// would refuse every self-signed server that a shop's own PC or NAS runs; so Makegood says it.

/** The URL to hand to pg: libpq's meaning for sslmode, unless the address already chose. */
export function withLibpqSslModes(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (!parsed.searchParams.has('sslmode') || parsed.searchParams.has('uselibpqcompat')) return url;
  parsed.searchParams.set('uselibpqcompat', 'true');
  return parsed.toString();
}
