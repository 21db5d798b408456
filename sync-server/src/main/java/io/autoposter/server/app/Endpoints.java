package io.autoposter.server.app;

import io.helidon.webserver.http.HttpService;

/** Every HTTP resource of the server, ready to be mounted by {@link Main#routing}. */
public record Endpoints(
    HttpService status,
    HttpService tenants,
    HttpService auth,
    HttpService twoFactor,
    HttpService sessions,
    HttpService users,
    HttpService invitations,
    HttpService brands,
    HttpService accounts,
    HttpService sync,
    HttpService posts,
    HttpService queue,
    HttpService media,
    HttpService sandbox,
    HttpService audit,
    HttpService openApi,
    HttpService invitationPage,
    HttpService passwordResetPage,
    HttpService oauthPages,
    HttpService operator,
    HttpService publicMedia) {}
