package io.autoposter.desktop.csvimport;

import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Post;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Turns checked rows into posts: imports each row's media, then saves the post through {@link
 * LocalStore#recordEdit}, which also queues it for the server. Stops at the first failure and says
 * which rows were imported before it.
 */
final class PostImport {

  private final LocalStore store;

  PostImport(LocalStore store) {
    this.store = store;
  }

  /**
   * Imports the rows that passed the checks, in file order.
   *
   * @param progress told how many rows are done after each one
   */
  ImportOutcome run(List<ImportRow> rows, IntConsumer progress) {
    List<ImportRow> valid = rows.stream().filter(ImportRow::ok).toList();
    List<Integer> imported = new ArrayList<>();
    for (ImportRow row : valid) {
      try {
        List<MediaRef> media = new ArrayList<>();
        for (Path file : row.media()) {
          media.add(store.importMedia(file));
        }
        store.recordEdit(withMedia(row.post(), media));
        imported.add(row.line());
        progress.accept(imported.size());
      } catch (Exception e) {
        return new ImportOutcome(valid.size(), imported, row.line(), e.getMessage());
      }
    }
    return new ImportOutcome(valid.size(), imported, 0, "");
  }

  private static Post withMedia(Post post, List<MediaRef> media) {
    return new Post(
        post.id(),
        post.brandId(),
        post.caption(),
        post.firstComment(),
        post.variants(),
        post.networks(),
        post.targets(),
        media,
        post.tags(),
        post.dueAt(),
        post.zone(),
        post.status(),
        post.outcome());
  }
}
