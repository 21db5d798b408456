package io.autoposter.server.vault;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Everything logged through java.util.logging, at every level, while it is open. */
final class CapturedLog extends Handler implements AutoCloseable {
  private final Logger root = Logger.getLogger("");
  private final Level rootLevel = root.getLevel();
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final SimpleFormatter formatter = new SimpleFormatter();

  CapturedLog() {
    setLevel(Level.ALL);
    root.setLevel(Level.ALL);
    root.addHandler(this);
  }

  @Override
  public void publish(LogRecord record) {
    StringBuilder line = new StringBuilder(formatter.format(record));
    if (record.getThrown() != null) {
      StringWriter trace = new StringWriter();
      record.getThrown().printStackTrace(new PrintWriter(trace));
      line.append(trace);
    }
    lines.add(line.toString());
  }

  /** The formatted records (with stack traces), in order. */
  String text() {
    return String.join("\n", lines);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    root.removeHandler(this);
    root.setLevel(rootLevel);
  }
}
