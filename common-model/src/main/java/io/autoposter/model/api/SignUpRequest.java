package io.autoposter.model.api;

/** Registers a new agency with its owner. */
public record SignUpRequest(String agencyName, String ownerName, String email, String password) {}
