package io.autoposter.model.api;

/** Signs in; {@code deviceName} labels the session in the user's list of devices. */
public record SignInRequest(String email, String password, String deviceName) {}
