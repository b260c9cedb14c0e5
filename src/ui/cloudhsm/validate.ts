/**
 * Input checks of the CloudHSM section's forms, before any call: what the service model (or
 * CloudHSM) would refuse is refused in place, worded for the learner (cloudHsm.invalid.*).
 */
export type Invalid = 'name' | 'password' | 'trustAnchor' | 'cluster' | 'message';

/** CustomKeyStoreName: 1 to 256 characters. */
export const invalidName = (name: string): Invalid | undefined =>
  name.trim().length === 0 || name.length > 256 ? 'name' : undefined;

/** KeyStorePassword, and kmsuser's password in CloudHSM: 7 to 32 characters. */
export const invalidPassword = (password: string): Invalid | undefined =>
  password.length < 7 || password.length > 32 ? 'password' : undefined;

/** TrustAnchorCertificate: a PEM certificate (up to 5,000 characters). */
export const invalidTrustAnchor = (pem: string): Invalid | undefined =>
  /-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/.test(pem) && pem.length <= 5000
    ? undefined
    : 'trustAnchor';

/** The first problem of a CreateCustomKeyStore form, if any. */
export function invalidStoreForm(form: {
  name: string;
  clusterId: string;
  trustAnchor: string;
  password: string;
}): Invalid | undefined {
  return (
    invalidName(form.name) ??
    (form.clusterId ? undefined : 'cluster') ??
    invalidTrustAnchor(form.trustAnchor) ??
    invalidPassword(form.password)
  );
}
