package io.autoposter.server.store;

/** Work done inside one database transaction. */
@FunctionalInterface
public interface TransactionWork<T> {
  T run(Transaction tx);
}
