package io.autoposter.desktop.accounts;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.autoposter.model.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The JSON file {@link AccountHealthBook} keeps its last answer in. A missing, unreadable or
 * foreign file reads as no answer: the next refresh writes it anew.
 */
record HealthFile(Path path) {

  private static final Logger LOG = Logger.getLogger(HealthFile.class.getName());
  private static final ObjectWriter OUT = Json.strict().writerFor(SavedHealth.class);
  private static final ObjectReader IN = Json.tolerant().readerFor(SavedHealth.class);

  SavedHealth read() {
    if (!Files.isRegularFile(path)) {
      return SavedHealth.NONE;
    }
    try {
      SavedHealth saved = IN.readValue(path.toFile());
      return saved == null ? SavedHealth.NONE : saved;
    } catch (IOException | RuntimeException unreadable) {
      LOG.log(Level.INFO, "ignoring unreadable {0}: {1}", new Object[] {path, unreadable});
      return SavedHealth.NONE;
    }
  }

  /** Writes beside and moves into place, so a crash never leaves half a file. */
  void write(SavedHealth health) {
    try {
      Files.createDirectories(path.toAbsolutePath().getParent());
      Path temp = path.resolveSibling(path.getFileName() + ".tmp");
      OUT.writeValue(temp.toFile(), health);
      Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // Memory still has the answer; only a restart before the next refresh loses it.
      LOG.log(Level.INFO, "could not save {0}: {1}", new Object[] {path, e.getMessage()});
    }
  }
}
