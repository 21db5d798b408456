/**
 * Two-factor sign-in: RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30 s, ±1 step, no reuse of a step),
 * enrolment with an otpauth URI and 10 single-use recovery codes, and the agency setting that
 * requires it for owners and admins. Secrets are AES-GCM encrypted at rest by {@link
 * io.autoposter.server.twofactor.SecretBox} until the Tink vault arrives.
 */
package io.autoposter.server.twofactor;
