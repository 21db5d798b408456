package io.autoposter.server.store;

import java.util.Objects;

/** Where the database lives and how to log in; the password never appears in toString. */
public record DatabaseSettings(String url, String user, String password) {

  public DatabaseSettings {
    Objects.requireNonNull(url, "url");
    user = user == null ? "" : user;
    password = password == null ? "" : password;
  }

  @Override
  public String toString() {
    return "DatabaseSettings[url=%s, user=%s]".formatted(url, user);
  }
}
