package vanban.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import vanban.index.IndexFields;
import vanban.json.Json;
import vanban.model.Citation;
import vanban.model.ExtractionRecord;
import vanban.resolve.CitationResolver;
import vanban.search.DocumentSearcher;

/** Checks shared by the batch tests: an index is sound, complete and resolved as a whole. */
public final class IndexChecks {
  private IndexChecks() {}

  /**
   * CheckIndex finds nothing wrong, and every live document has a parseable record whose source
   * is its id, its text and its stamp; no source twice. Returns the sources.
   */
  public static Set<String> assertSound(Path dir) throws IOException {
    try (Directory d = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(d)) {
        return Set.of();
      }
      try (CheckIndex check = new CheckIndex(d)) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
        CheckIndex.Status status = check.checkIndex();
        assertThat(status.clean).as(log.toString(StandardCharsets.UTF_8)).isTrue();
      }
      Set<String> sources = new HashSet<>();
      try (DirectoryReader reader = DirectoryReader.open(d)) {
        for (LeafReaderContext leaf : reader.leaves()) {
          Bits live = leaf.reader().getLiveDocs();
          StoredFields stored = leaf.reader().storedFields();
          for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
            if (live != null && !live.get(doc)) {
              continue;
            }
            var fields = stored.document(doc);
            String id = fields.get(IndexFields.ID);
            ExtractionRecord r = Json.read(fields.get(IndexFields.RECORD), ExtractionRecord.class);
            assertThat(r.source()).isEqualTo(id);
            assertThat(r.sha256()).hasSize(64);
            assertThat(r.document()).isNotNull();
            assertThat(fields.get(IndexFields.TEXT)).isNotBlank();
            assertThat(fields.getField(IndexFields.STAMP_SIZE)).isNotNull();
            // A document with a sidecar has the sidecar's hash appended to its stamp.
            assertThat(fields.get(IndexFields.STAMP_SHA256)).startsWith(r.sha256());
            assertThat(sources.add(id)).as("duplicate " + id).isTrue();
          }
        }
      }
      return sources;
    }
  }

  /** Every record's citations are what resolving the whole corpus from scratch gives. */
  public static void assertResolvedAsWhole(Path dir) throws IOException {
    List<ExtractionRecord> all;
    try (DocumentSearcher s = DocumentSearcher.open(dir)) {
      all = s.all();
    }
    List<ExtractionRecord> unresolved = new ArrayList<>();
    for (ExtractionRecord r : all) {
      unresolved.add(r.withCitations(r.citations().stream().map(c -> c.withResolvedTo(null)).toList()));
    }
    var got = targets(all);
    var want = targets(CitationResolver.resolve(unresolved));
    java.util.Map<String, String> diff = new java.util.TreeMap<>();
    want.forEach((k, v) -> {
      if (!v.equals(got.get(k))) {
        diff.put(k, "want " + v + " got " + got.get(k));
      }
    });
    assertThat(diff).isEmpty();
    assertThat(all).isEqualTo(CitationResolver.resolve(unresolved));
  }

  private static java.util.Map<String, List<String>> targets(List<ExtractionRecord> records) {
    java.util.Map<String, List<String>> out = new java.util.TreeMap<>();
    for (ExtractionRecord r : records) {
      out.put(r.source(), r.citations().stream().map(c -> String.valueOf(c.resolvedTo())).toList());
    }
    return out;
  }

  /** How many citations in the index resolve to a corpus document. */
  static long resolvedCount(Path dir) throws IOException {
    try (DocumentSearcher s = DocumentSearcher.open(dir)) {
      return s.all().stream()
          .flatMap(r -> r.citations().stream())
          .map(Citation::resolvedTo)
          .filter(t -> t != null)
          .count();
    }
  }
}
