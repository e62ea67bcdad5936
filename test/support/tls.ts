// Certificates made at test time (never committed keys): a test CA, and server certificates signed by
// it for 127.0.0.1, expired, for another host, or self-signed. EC keys: quick to make.
import { generate } from 'selfsigned';

export interface TestPki {
  /** The test CA's certificate (PEM): what a client must trust. */
  ca: string;
  /** key and cert for an HTTPS server on 127.0.0.1 / localhost, signed by the CA. */
  good: { key: string; cert: string };
  /** Signed by the CA, for 127.0.0.1, but expired yesterday. */
  expired: { key: string; cert: string };
  /** Signed by the CA, valid, but for other.example only. */
  otherHost: { key: string; cert: string };
  /** Self-signed, for 127.0.0.1. */
  selfSigned: { key: string; cert: string };
}

const DAY = 86_400_000;
const LOOPBACK_NAMES = [
  { type: 2 as const, value: 'localhost' },
  { type: 7 as const, ip: '127.0.0.1' },
];

function leafOptions(altNames: Array<{ type: 2 | 7; value?: string; ip?: string }>, notBeforeDate: Date, notAfterDate: Date) {
  return {
    keyType: 'ec' as const,
    curve: 'P-256' as const,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints' as const, cA: false },
      { name: 'keyUsage' as const, digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage' as const, serverAuth: true },
      { name: 'subjectAltName' as const, altNames },
    ],
  };
}

export async function makeTestPki(): Promise<TestPki> {
  const now = Date.now();
  const ca = await generate([{ name: 'commonName', value: 'omise-openapi test CA' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - DAY),
    notAfterDate: new Date(now + 30 * DAY),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    ],
  });
  const signedBy = { key: ca.private, cert: ca.cert };
  const leaf = async (cn: string, altNames: Array<{ type: 2 | 7; value?: string; ip?: string }>, from: number, to: number, sign = true) => {
    const made = await generate([{ name: 'commonName', value: cn }], { ...leafOptions(altNames, new Date(from), new Date(to)), ...(sign && { ca: signedBy }) });
    return { key: made.private, cert: made.cert };
  };
  return {
    ca: ca.cert,
    good: await leaf('127.0.0.1', LOOPBACK_NAMES, now - DAY, now + 30 * DAY),
    expired: await leaf('127.0.0.1', LOOPBACK_NAMES, now - 30 * DAY, now - DAY),
    otherHost: await leaf('other.example', [{ type: 2, value: 'other.example' }], now - DAY, now + 30 * DAY),
    selfSigned: await leaf('127.0.0.1', LOOPBACK_NAMES, now - DAY, now + 30 * DAY, false),
  };
}
