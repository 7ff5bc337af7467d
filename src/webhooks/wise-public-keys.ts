// The public keys Wise signs its webhooks with (X-Signature-SHA256), as Wise publishes them: one
// for production, one for the sandbox. Public keys are facts, not secrets.

export const WISE_PRODUCTION_WEBHOOK_KEY = `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvO8vXV+JksBzZAY6GhSO
XdoTCfhXaaiZ+qAbtaDBiu2AGkGVpmEygFmWP4Li9m5+Ni85BhVvZOodM9epgW3F
bA5Q1SexvAF1PPjX4JpMstak/QhAgl1qMSqEevL8cmUeTgcMuVWCJmlge9h7B1CS
D4rtlimGZozG39rUBDg6Qt2K+P4wBfLblL0k4C4YUdLnpGYEDIth+i8XsRpFlogx
CAFyH9+knYsDbR43UJ9shtc42Ybd40Afihj8KnYKXzchyQ42aC8aZ/h5hyZ28yVy
Oj3Vos0VdBIs/gAyJ/4yyQFCXYte64I7ssrlbGRaco4nKF3HmaNhxwyKyJafz19e
HwIDAQAB
-----END PUBLIC KEY-----
`;

export const WISE_SANDBOX_WEBHOOK_KEY = `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwpb91cEYuyJNQepZAVfP
ZIlPZfNUefH+n6w9SW3fykqKu938cR7WadQv87oF2VuT+fDt7kqeRziTmPSUhqPU
ys/V2Q1rlfJuXbE+Gga37t7zwd0egQ+KyOEHQOpcTwKmtZ81ieGHynAQzsn1We3j
wt760MsCPJ7GMT141ByQM+yW1Bx+4SG3IGjXWyqOWrcXsxAvIXkpUD/jK/L958Cg
nZEgz0BSEh0QxYLITnW1lLokSx/dTianWPFEhMC9BgijempgNXHNfcVirg1lPSyg
z7KqoKUN0oHqWLr2U1A+7kqrl6O2nx3CKs1bj1hToT1+p4kcMoHXA7kA+VBLUpEs
VwIDAQAB
-----END PUBLIC KEY-----
`;

const PRODUCTION_HOSTS = /^(api\.wise\.com|api\.transferwise\.com)$/i;
const SANDBOX_HOSTS = /(^|\.)(wise-sandbox\.com|sandbox\.transferwise\.tech)$/i;

/**
 * The key Wise signs webhooks with for the Wise at `wiseUrl`: the production key for
 * api.wise.com (and its old name api.transferwise.com), the sandbox key for Wise's sandbox hosts,
 * null for any other host (a receiver must then be given its key).
 */
export function wiseWebhookKeyFor(wiseUrl: string): string | null {
  let host: string;
  try {
    host = new URL(wiseUrl).hostname;
  } catch {
    return null;
  }
  if (PRODUCTION_HOSTS.test(host)) return WISE_PRODUCTION_WEBHOOK_KEY;
  if (SANDBOX_HOSTS.test(host)) return WISE_SANDBOX_WEBHOOK_KEY;
  return null;
}
