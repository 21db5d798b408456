/**
 * X as Autoposter uses it: OAuth 2 with PKCE ({@code /i/oauth2/authorize}, {@code /2/oauth2/token}
 * with rotating refresh tokens, {@code /2/oauth2/revoke}), {@code POST /2/tweets} (replies for
 * threads, media, duplicate-content 403, {@code x-rate-limit-*} headers), media upload (simple and
 * chunked), {@code /2/users/me} and the user timeline.
 */
package io.autoposter.simulator.x;
