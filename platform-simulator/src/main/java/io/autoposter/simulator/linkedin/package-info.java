/**
 * LinkedIn as Autoposter uses it: OAuth 2 ({@code /oauth/v2/authorization}, {@code accessToken}
 * with refresh tokens ending 365 days after first consent, revoke, introspection), {@code
 * /v2/userinfo}, the organizations a member administers, {@code /rest/posts} (versioned headers,
 * {@code x-restli-id}, read-back by author) and image uploads.
 */
package io.autoposter.simulator.linkedin;
