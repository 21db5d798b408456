package io.autoposter.model.api;

/** A TOTP code, to confirm an enrolment or to switch two-factor off. */
public record OneTimeCodeRequest(String code) {}
