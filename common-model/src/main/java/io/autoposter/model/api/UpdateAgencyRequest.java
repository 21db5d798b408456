package io.autoposter.model.api;

/** Changes agency settings ({@code PATCH /api/v1/tenants/{id}}, owners only); null = unchanged. */
public record UpdateAgencyRequest(String name, Boolean requireTwoFactorForAdmins) {}
