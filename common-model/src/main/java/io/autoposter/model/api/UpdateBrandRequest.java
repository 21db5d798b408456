package io.autoposter.model.api;

/** Changes a brand ({@code PATCH /api/v1/clients/{id}}); null fields stay as they are. */
public record UpdateBrandRequest(String name, String zone, String color) {}
