/**
 * The database: a HikariCP pool, Flyway migrations and a thin transaction API with explicit SQL.
 * Only this package and classes named {@code *Repository} may touch {@code java.sql}.
 */
package io.autoposter.server.store;
