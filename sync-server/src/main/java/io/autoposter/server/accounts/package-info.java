/**
 * Connected social accounts (issue 6, {@code docs/oauth-connect.md}): {@code /api/v1/accounts}
 * (list, sandbox connect, OAuth connect start, connected, token health, disconnect), the browser's
 * {@code /oauth} pages (start, callback, attach), one connector per platform (Facebook with its
 * Instagram accounts, LinkedIn organizations, X) over {@code java.net.http}, and the {@link
 * io.autoposter.server.accounts.TokenRefresher}. Platform base URLs and app credentials come from
 * {@link io.autoposter.server.accounts.PlatformSettings}; tokens live only in the vault (and, for
 * at most 10 minutes between callback and attach, in memory).
 *
 * <p>Public: {@link io.autoposter.server.accounts.AccountServices} (wiring), its endpoints and the
 * refresher, {@link io.autoposter.server.accounts.PlatformSettings}.
 */
package io.autoposter.server.accounts;
