package vanban.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;
import vanban.search.DocumentSearcher;
import vanban.search.SearchHit;
import vanban.search.SearchRequest;

class DocumentIndexerTest {
  @TempDir Path dir;

  static ExtractionRecord record(String source, String subject) {
    DocumentMetadata meta =
        new DocumentMetadata("Công văn", "CV", "1/UBND-NV", null, null, "Huế", null,
            LocalDate.of(2024, 1, 1), null, subject, List.of(), null);
    return new ExtractionRecord(source, "00", meta, List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), null);
  }

  static List<String> sources(Path dir, String query) throws IOException {
    try (DocumentSearcher searcher = DocumentSearcher.open(dir)) {
      return searcher.search(SearchRequest.of(query)).hits().stream().map(SearchHit::source).toList();
    }
  }

  @Test
  void openCreatesAnEmptySearchableIndex() throws IOException {
    Path nested = dir.resolve("a/b/index");
    try (DocumentIndexer indexer = DocumentIndexer.open(nested)) {
      assertThat(indexer.stamps()).isEmpty();
      try (DocumentSearcher searcher = DocumentSearcher.open(nested)) {
        assertThat(searcher.search(new SearchRequest("", 10, null, null, null, null, true)).total())
            .isZero();
        assertThat(searcher.all()).isEmpty();
      }
    }
    assertThat(Files.isDirectory(nested)).isTrue();
  }

  @Test
  void upsertReplacesBySource() throws IOException {
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      indexer.upsert(record("a.txt", "Về rượu bia"), "Nghiêm cấm rượu bia.", null);
      indexer.commit();
      indexer.upsert(record("a.txt", "Về thuốc lá"), "Không hút thuốc lá.", null);
      indexer.commit();
    }
    assertThat(sources(dir, "rượu")).isEmpty();
    assertThat(sources(dir, "thuốc lá")).containsExactly("a.txt");
    try (DocumentSearcher searcher = DocumentSearcher.open(dir)) {
      assertThat(searcher.all()).hasSize(1);
      assertThat(searcher.record("a.txt").orElseThrow().document().subject()).isEqualTo("Về thuốc lá");
    }
  }

  @Test
  void deleteRemovesTheDocument() throws IOException {
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      indexer.upsert(record("a.txt", null), "rượu bia", new FileStamp(1, 2, "x"));
      indexer.upsert(record("b.txt", null), "rượu bia", new FileStamp(3, 4, "y"));
      indexer.commit();
      indexer.delete("a.txt");
      indexer.delete("never-indexed.txt");
      indexer.commit();
      assertThat(indexer.stamps()).containsOnlyKeys("b.txt");
    }
    assertThat(sources(dir, "rượu")).containsExactly("b.txt");
  }

  @Test
  void stampsAreReadFromTheCommitAndSurviveReopen() throws IOException {
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      indexer.upsert(record("b.txt", null), "văn bản", new FileStamp(20, 2000L, "bb"));
      indexer.upsert(record("a.txt", null), "văn bản", new FileStamp(10, 1000L, "aa"));
      indexer.upsert(record("c.txt", null), "không có tem", null);
      assertThat(indexer.stamps()).as("nothing committed yet").isEmpty();
      indexer.commit();
    }
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      Map<String, FileStamp> stamps = indexer.stamps();
      assertThat(stamps)
          .containsExactly(
              Map.entry("a.txt", new FileStamp(10, 1000L, "aa")),
              Map.entry("b.txt", new FileStamp(20, 2000L, "bb")));
    }
  }

  @Test
  void uncommittedChangesAreInvisibleToSearchers() throws IOException {
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      indexer.upsert(record("a.txt", null), "rượu bia", null);
      indexer.commit();
      indexer.upsert(record("b.txt", null), "rượu bia", null);
      assertThat(sources(dir, "rượu")).containsExactly("a.txt");
    }
  }

  @Test
  void provinceKeysFollowTheTableAndTheMergers() {
    assertThat(IndexFields.provinceKeys("Thừa Thiên - Huế")).containsExactly("thua thien hue", "hue");
    assertThat(IndexFields.provinceKeys("Bắc Giang")).containsExactly("bac giang", "bac ninh");
    assertThat(IndexFields.provinceKeys("Hà Tĩnh")).containsExactly("ha tinh");
    assertThat(IndexFields.provinceKeys("Atlantis")).containsExactly("atlantis");
    assertThat(IndexFields.provinceKey("TT-Huế")).isEqualTo("thua thien hue");
    assertThat(IndexFields.provinceKey("tỉnh Hà Tĩnh")).isEqualTo("ha tinh");
    assertThat(IndexFields.provinceLabel("THỪA THIÊN - HUẾ")).isEqualTo("Thừa Thiên Huế");
    assertThat(IndexFields.provinceLabel("Atlantis  Hoá")).isEqualTo("Atlantis Hóa");
  }

  @Test
  void keywordKeyFoldsCaseSpacesAndDiacritics() {
    assertThat(IndexFields.keywordKey(" Thừa  Thiên Huế ")).isEqualTo("thua thien hue");
    assertThat(IndexFields.keywordKey("Thanh Hoá")).isEqualTo(IndexFields.keywordKey("thanh hóa"));
    assertThat(IndexFields.facetLabel("Thanh  Hoá")).isEqualTo("Thanh Hóa");
    assertThat(IndexFields.facetLabel("UỶ BAN")).isEqualTo("ỦY BAN");
    assertThat(IndexFields.symbolKey("26/ct-ttg")).contains("26/ct-ttg");
    assertThat(IndexFields.symbolKey("05-CT/TW")).contains("5-ct/tw");
    assertThat(IndexFields.symbolKey(" ")).isEmpty();
    assertThat(IndexFields.instrumentKey("CT", "05")).contains("ct 5");
    assertThat(IndexFields.instrumentKey("QĐ", "48")).contains("qd 48");
    assertThat(IndexFields.instrumentKey("48/2018/QĐ-UBND")).contains("qd 48");
    assertThat(IndexFields.instrumentKey("907/UBND-NV")).as("a công văn symbol has no type").isEmpty();
    assertThat(IndexFields.instrumentKey(null, "26")).isEmpty();
  }
}
