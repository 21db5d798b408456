package io.autoposter.model.api;

import java.util.List;

/** The server's health: {@code status} is UP only when every check is UP. */
public record StatusResponse(String status, String version, List<Check> checks) {

  public StatusResponse {
    checks = List.copyOf(checks);
  }

  /** One health check, such as the database or free disk space. */
  public record Check(String name, String status, String detail) {}
}
