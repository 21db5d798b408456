package io.autoposter.model.api;

/** Creates a client brand; {@code zone} is an IANA time zone such as Europe/Berlin. */
public record CreateBrandRequest(String name, String zone, String color) {}
