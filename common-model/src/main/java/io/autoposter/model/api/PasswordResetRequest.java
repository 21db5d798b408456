package io.autoposter.model.api;

/** Asks for a reset link by e-mail; always answered 202, whether or not the address exists. */
public record PasswordResetRequest(String email) {}
