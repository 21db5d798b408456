/**
 * The consent step every network's authorize URL leads to: a small HTML page with the requested
 * permissions and Allow / Deny (posting to {@code /_sim/consent/{ticket}}), or an immediate
 * redirect when auto-approval is on. Approval issues a one-time code bound to the client, the exact
 * redirect URI and the PKCE challenge.
 */
package io.autoposter.simulator.consent;
