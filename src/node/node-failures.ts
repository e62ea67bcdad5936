// How a Node client names the failures only Node sees: a refused TLS certificate (browsers hide the
// reason) and an egress proxy's refusal. The Node entry point hands this to the call path
// (src/client.node.ts), as it chooses the transport; the browser build carries none of it.
import { EXCERPT_LENGTH, OmiseCertificateError, OmiseProxyError, cleanCause, networkCode } from '../runtime/errors.js';
import { plural } from '../runtime/plural.js';
import { cleanText, type Redact } from '../runtime/redact.js';
import type { NameFailure } from '../runtime/retry.js';
import { TransportProxyError, codeInChain } from '../runtime/transport.js';

// What a TLS client says when it refuses a certificate (OpenSSL's verify codes, node:tls's own).
const CERTIFICATE_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'INVALID_CA',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** The TLS code of a refused certificate, from anywhere along the error's causes; undefined for other failures. */
function certificateCode(error: unknown): string | undefined {
  const code = codeInChain(error);
  return code !== undefined && CERTIFICATE_CODES.has(code) ? code : undefined;
}

const CERTIFICATE_ADVICE: Record<string, string> = {
  CERT_HAS_EXPIRED: 'the certificate has expired',
  CERT_NOT_YET_VALID: 'the certificate is not valid yet (check this machine\'s clock)',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the certificate was issued for another host name',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'the certificate chain ends in a root this process does not trust',
};

function certificateError(url: string, code: string, error: unknown, redact: Redact): OmiseCertificateError {
  const host = new URL(url).host;
  const what = CERTIFICATE_ADVICE[code] ?? 'the certificate is not trusted';
  return new OmiseCertificateError(
    `The TLS certificate of ${host} was refused (${code}): ${what}. Not retried. If a proxy on the way re-signs traffic with its own CA, trust that CA (NODE_EXTRA_CA_CERTS, or createNodeTransport({ ca }) from omise-openapi/node); otherwise check baseUrl.`,
    code,
    host,
    { cause: cleanCause(error, redact) },
  );
}

function proxyError(origin: string, attempts: number, error: TransportProxyError, redact: Redact): OmiseProxyError {
  const through = error.proxy ? `the proxy ${error.proxy}` : 'the proxy';
  const why =
    error.status === undefined
      ? `${through} could not be reached (${cleanText(networkCode(error.cause), redact, EXCERPT_LENGTH)}). Check HTTPS_PROXY / HTTP_PROXY (or the proxy option) and that the proxy runs.`
      : error.status === 407
        ? `${through} asked for credentials (407 Proxy Authentication Required). Check the user name and password in the proxy URL.`
        : `${through} refused the tunnel to ${origin} (${error.status}). ${error.status >= 500 ? 'The proxy could not reach Omise: check its egress rules.' : 'Check that the proxy allows this host.'}`;
  return new OmiseProxyError(`No answer from ${origin} after ${plural(attempts, 'attempt')}: ${why}`, attempts, error.proxy, error.status, { cause: cleanCause(error.cause, redact) });
}

/**
 * A proxy's own 4xx (407: credentials, 403: a host it does not allow) repeats on every attempt; its
 * 5xx (it could not reach the API) and an unreachable proxy are retried as network failures are.
 */
const isProxyRefusal = (status: number | undefined): boolean => status !== undefined && status >= 400 && status <= 499;

export const nameNodeFailure: NameFailure = (error, url, attempts, isLast, redact) => {
  const certificate = certificateCode(error);
  if (certificate !== undefined) return certificateError(url, certificate, error, redact);
  if (error instanceof TransportProxyError && (isLast || isProxyRefusal(error.status))) return proxyError(new URL(url).origin, attempts, error, redact);
  return undefined;
};
