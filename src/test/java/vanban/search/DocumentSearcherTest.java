package vanban.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vanban.index.DocumentIndexer;
import vanban.index.FileStamp;
import vanban.model.Citation;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;
import vanban.model.Snippet;
import vanban.model.Span;

class DocumentSearcherTest {
  @TempDir static Path dir;

  /** Huế công văn: exact {@code kỷ luật}, cites 26/CT-TTg. */
  static final String HUE_CV =
      "ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\n\nThực hiện Chỉ thị số 26/CT-TTg ngày 05/9/2016 của"
          + " Thủ tướng Chính phủ về tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính.\n"
          + "Nghiêm cấm sử dụng   rượu,\u00a0bia trong giờ làm việc.\n";
  /** Huế chỉ thị: {@code chuyển hoá} (old tone placement), {@code Luật} alone, cites 26/CT-UBND. */
  static final String HUE_CT =
      "Căn cứ Chỉ thị số 26/CT-UBND ngày 01/6/2020 của Chủ tịch UBND tỉnh. Đẩy mạnh chuyển hoá số"
          + " theo Luật Viên chức.";
  /** Hà Tĩnh kết luận: {@code Đảng} with diacritics. */
  static final String HT_KL =
      "Ban Thường vụ Tỉnh ủy yêu cầu các tổ chức Đảng tăng cường kỷ luật, kỷ cương hành chính.";
  /** Hà Tĩnh công văn: {@code dang} without diacritics only. */
  static final String HT_CV = "Các cơ quan dang thực hiện việc chấn chỉnh lề lối làm việc.";

  static ExtractionRecord record(
      String source, String type, String code, String symbol, String province, LocalDate date,
      String subject, String... cited) {
    List<Citation> citations = new ArrayList<>();
    for (String c : cited) {
      citations.add(
          new Citation("Chỉ thị", "CT", c, null, null, null, null, null, null, null, c,
              new Span(0, 0), null, null, null));
    }
    DocumentMetadata meta =
        new DocumentMetadata(type, code, symbol, null, "Ủy ban nhân dân tỉnh " + province,
            province, province, date, null, subject, List.of(), null);
    return new ExtractionRecord(source, "00", meta, citations, List.of(), List.of(), List.of(),
        List.of(), List.of(), "vie");
  }

  @BeforeAll
  static void index() throws IOException {
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      indexer.upsert(
          record("hue-cv.txt", "Công văn", "CV", "907/UBND-NV", "Thừa Thiên Huế",
              LocalDate.of(2022, 1, 25), "V/v đẩy mạnh kỷ cương, kỷ luật hành chính", "26/CT-TTg"),
          HUE_CV, new FileStamp(10, 1000, "aa"));
      indexer.upsert(
          record("hue-ct.txt", "Chỉ thị", "CT", "27/CT-UBND", "Thừa Thiên Huế",
              LocalDate.of(2020, 6, 2), "Về chuyển đổi số", "26/CT-UBND"),
          HUE_CT, new FileStamp(20, 2000, "bb"));
      indexer.upsert(
          record("ht-kl.txt", "Kết luận", "KL", "29-KL/TU", "Hà Tĩnh",
              LocalDate.of(2021, 7, 22), "về tiếp tục siết chặt kỷ luật"),
          HT_KL, new FileStamp(30, 3000, "cc"));
      indexer.upsert(
          record("ht-cv.txt", "Công văn", "CV", "1567-CV/TU", "Hà Tĩnh",
              LocalDate.of(2023, 2, 16), "Về chấn chỉnh lề lối làm việc"),
          HT_CV, new FileStamp(40, 4000, "dd"));
      indexer.commit();
    }
    shared = DocumentSearcher.open(dir);
  }

  /** One searcher for the read-only tests: opening one per query would dominate the run time. */
  static DocumentSearcher shared;

  @AfterAll
  static void close() throws IOException {
    shared.close();
  }

  static List<String> sources(String query) throws IOException {
    return sources(SearchRequest.of(query));
  }

  static List<String> sources(SearchRequest request) throws IOException {
    return shared.search(request).hits().stream().map(SearchHit::source).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # query                | expected sources, best first when it matters
          ky luat                 | hue-cv.txt ht-kl.txt
          kỷ luật                 | hue-cv.txt ht-kl.txt
          KỶ LUẬT                 | hue-cv.txt ht-kl.txt
          '"kỷ luật"'             | hue-cv.txt ht-kl.txt
          '"ky luat"'             | hue-cv.txt ht-kl.txt
          luật                    | hue-cv.txt hue-ct.txt ht-kl.txt
          '"chuyển hóa"'          | hue-ct.txt
          '"chuyen hoa so"'       | hue-ct.txt
          26/CT-TTg               | hue-cv.txt
          26/ct-ttg               | hue-cv.txt
          chỉ thị 26/CT-TTg       | hue-cv.txt
          26/CT-UBND              | hue-ct.txt
          907/UBND-NV             | hue-cv.txt
          Chỉ thị 26              | hue-cv.txt hue-ct.txt
          chi thi so 26           | hue-cv.txt hue-ct.txt
          Kết luận 29             | ht-kl.txt
          Kết luận 26             | ''
          29-KL/TU                | ht-kl.txt
          29 KL/TU                | ht-kl.txt
          kỷ luật AND rượu        | hue-cv.txt
          kỷ luật -rượu           | ht-kl.txt
          rượu OR Đảng            | hue-cv.txt ht-kl.txt ht-cv.txt
          kỷ luật NOT rượu        | ht-kl.txt
          chuyển*                 | hue-ct.txt
          ruou bia                | hue-cv.txt
          lề lối                  | ht-cv.txt
          khong co tu nay         | ''
          """)
  void finds(String query, String expected) throws IOException {
    List<String> want = expected.isBlank() ? List.of() : List.of(expected.strip().split(" "));
    assertThat(sources(query)).containsExactlyInAnyOrderElementsOf(want);
  }

  @Test
  void aMissingWordCostsRankNotTheDocument() throws IOException {
    assertThat(sources("chuyển đổi số")).first().isEqualTo("hue-ct.txt");
  }

  @Test
  void aQueryWithoutDiacriticsIsSearchedInItsAccentedFormFirst() throws IOException {
    try (DocumentSearcher searcher = DocumentSearcher.open(dir)) {
      SearchResults r = searcher.search(SearchRequest.of("ruou bia"));
      assertThat(r.searchedAs()).isEqualTo("rượu bia");
      SearchRequest asTyped = new SearchRequest("ruou bia", 10, null, null, null, null, false, true);
      assertThat(searcher.search(asTyped).searchedAs()).isNull();
      assertThat(searcher.search(SearchRequest.of("rượu bia")).searchedAs()).isNull();
      assertThat(searcher.search(SearchRequest.of("26/ct-ttg")).searchedAs()).isNull();
    }
  }

  @Test
  void exactDiacriticsRankAboveFolded() throws IOException {
    assertThat(sources("Đảng")).containsExactly("ht-kl.txt", "ht-cv.txt");
    assertThat(sources("dang")).containsExactlyInAnyOrder("ht-kl.txt", "ht-cv.txt");
  }

  @Test
  void nfdQueryMatchesNfcText() throws IOException {
    String nfd = Normalizer.normalize("\"kỷ luật\" Đảng", Normalizer.Form.NFD);
    assertThat(sources(nfd)).containsExactly("ht-kl.txt");
  }

  @Test
  void phraseRespectsAdjacency() throws IOException {
    assertThat(sources("\"kỷ luật\"")).doesNotContain("hue-ct.txt");
    assertThat(sources("\"luật kỷ luật\"")).isEmpty();
  }

  @Test
  void symbolDoesNotMatchAnotherIssuersSymbolWithTheSameNumber() throws IOException {
    assertThat(sources("26/CT-TTg")).containsExactly("hue-cv.txt").doesNotContain("hue-ct.txt");
  }

  @Test
  void emptyQueryMatchesEverythingNewestFirst() throws IOException {
    assertThat(sources("")).containsExactly("ht-cv.txt", "hue-cv.txt", "ht-kl.txt", "hue-ct.txt");
    assertThat(sources((String) null)).hasSize(4);
  }

  @Test
  void randomQueriesNeverThrow() throws IOException {
    String alphabet = "aăâbdđeêiouưyAĐkỷluật hoá\u0301\u0323 /\\:\"'()[]{}*~+-|!?^&.,;<>=@#%$0123456789\t\n\u00a0𝔸😀";
    Random random = new Random(42);
    try (DocumentSearcher searcher = DocumentSearcher.open(dir)) {
      for (int i = 0; i < 200; i++) {
        StringBuilder q = new StringBuilder();
        int length = random.nextInt(30);
        for (int j = 0; j < length; j++) {
          q.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String query = q.toString();
        assertThatCode(() -> searcher.search(SearchRequest.of(query))).as(query).doesNotThrowAnyException();
      }
      for (String query :
          List.of("\"", "\"kỷ", "AND", "OR", "NOT", "a AND", ":", "/", "26/", "/CT-TTg", "*", "-", "|",
              "~", "kỷ~5", "(((", ")", "text:kỷ", "\\", "26/CT-TTg\"", "kỷ ".repeat(2000),
              "a/".repeat(1500), "26/CT-TTg ".repeat(50))) {
        assertThatCode(() -> searcher.search(SearchRequest.of(query))).as(query).doesNotThrowAnyException();
      }
    }
  }

  @Test
  void filtersByProvinceTypeAndDate() throws IOException {
    assertThat(sources(new SearchRequest("kỷ luật", 10, "thua thien hue", null, null, null, false)))
        .containsExactly("hue-cv.txt");
    assertThat(sources(new SearchRequest("", 10, "Hà Tĩnh", null, null, null, false)))
        .containsExactlyInAnyOrder("ht-kl.txt", "ht-cv.txt");
    assertThat(sources(new SearchRequest("", 10, null, "CT", null, null, false)))
        .containsExactly("hue-ct.txt");
    assertThat(sources(new SearchRequest("", 10, null, "công văn", null, null, false)))
        .containsExactlyInAnyOrder("hue-cv.txt", "ht-cv.txt");
    assertThat(sources(new SearchRequest("", 10, null, null, LocalDate.of(2021, 7, 22),
        LocalDate.of(2022, 1, 25), false)))
        .containsExactlyInAnyOrder("ht-kl.txt", "hue-cv.txt");
    assertThat(sources(new SearchRequest("", 10, null, null, LocalDate.of(2023, 1, 1), null, false)))
        .containsExactly("ht-cv.txt");
    assertThat(sources(new SearchRequest("", 10, "Nowhere", null, null, null, false))).isEmpty();
    assertThat(sources(new SearchRequest("", 10, "TT-Huế", null, null, null, false)))
        .containsExactlyInAnyOrder("hue-cv.txt", "hue-ct.txt");
    assertThat(sources(new SearchRequest("", 10, "Huế", null, null, null, false)))
        .as("the city of Huế took over Thừa Thiên Huế in 2025")
        .containsExactlyInAnyOrder("hue-cv.txt", "hue-ct.txt");
  }

  @Test
  void limitCutsHitsButNotTotal() throws IOException {
    try (DocumentSearcher searcher = DocumentSearcher.open(dir)) {
      SearchResults results = searcher.search(new SearchRequest("", 2, null, null, null, null, false));
      assertThat(results.hits()).hasSize(2);
      assertThat(results.total()).isEqualTo(4);
      assertThat(results.facets()).isEmpty();
    }
  }

  @Test
  void facetsCountMatches() throws IOException {
    try (DocumentSearcher searcher = DocumentSearcher.open(dir)) {
      SearchResults all = searcher.search(new SearchRequest("", 10, null, null, null, null, true));
      assertThat(all.facets().keySet()).containsExactly("province", "type", "year", "issuer");
      assertThat(all.facets().get("province"))
          .containsExactly(entry("Hà Tĩnh", 2L), entry("Thừa Thiên Huế", 2L));
      assertThat(all.facets().get("type"))
          .containsExactly(entry("Công văn", 2L), entry("Chỉ thị", 1L), entry("Kết luận", 1L));
      assertThat(all.facets().get("year")).hasSize(4);

      SearchResults some = searcher.search(new SearchRequest("kỷ luật", 10, null, null, null, null, true));
      assertThat(some.facets().get("province"))
          .containsExactly(entry("Hà Tĩnh", 1L), entry("Thừa Thiên Huế", 1L));
    }
  }

  private static java.util.Map.Entry<String, Long> entry(String key, Long value) {
    return java.util.Map.entry(key, value);
  }

  @Test
  void hitCarriesMetadataAndHighlightedSnippet() throws IOException {
    try (DocumentSearcher searcher = DocumentSearcher.open(dir)) {
      SearchHit hit = searcher.search(SearchRequest.of("ruou bia")).hits().get(0);
      assertThat(hit.source()).isEqualTo("hue-cv.txt");
      assertThat(hit.symbol()).isEqualTo("907/UBND-NV");
      assertThat(hit.type()).isEqualTo("Công văn");
      assertThat(hit.province()).isEqualTo("Thừa Thiên Huế");
      assertThat(hit.date()).isEqualTo(LocalDate.of(2022, 1, 25));
      assertThat(hit.score()).isPositive();
      Snippet snippet = hit.snippet();
      assertThat(snippet.text()).isEqualTo("Nghiêm cấm sử dụng rượu, bia trong giờ làm việc.");
      assertThat(marked(snippet)).containsExactly("rượu", "bia");
    }
  }

  @Test
  void snippetMarksPhrasesAndSymbols() throws IOException {
    try (DocumentSearcher searcher = DocumentSearcher.open(dir)) {
      Snippet phrase = searcher.search(SearchRequest.of("\"chuyển hóa\"")).hits().get(0).snippet();
      assertThat(marked(phrase)).containsExactly("chuyển hoá");
      Snippet symbol = searcher.search(SearchRequest.of("26/CT-TTg")).hits().get(0).snippet();
      assertThat(marked(symbol)).containsExactly("26/CT-TTg");
    }
  }

  @Test
  void snippetFallsBackToFirstSentence() throws IOException {
    try (DocumentSearcher searcher = DocumentSearcher.open(dir)) {
      SearchResults results = searcher.search(new SearchRequest("", 10, null, "KL", null, null, false));
      Snippet snippet = results.hits().get(0).snippet();
      assertThat(snippet.text()).isEqualTo(HT_KL);
      assertThat(snippet.highlights()).isEmpty();
    }
  }

  static List<String> marked(Snippet snippet) {
    return snippet.highlights().stream()
        .map(s -> snippet.text().substring(s.start(), s.end()))
        .toList();
  }

  @Test
  void recordTextAndAllReadBack() throws IOException {
    try (DocumentSearcher searcher = DocumentSearcher.open(dir)) {
      assertThat(searcher.record("ht-kl.txt")).get()
          .satisfies(r -> assertThat(r.document().symbol()).isEqualTo("29-KL/TU"));
      assertThat(searcher.text("hue-cv.txt")).contains(HUE_CV);
      assertThat(searcher.record("missing.txt")).isEmpty();
      assertThat(searcher.text("missing.txt")).isEmpty();
      assertThat(searcher.all()).extracting(ExtractionRecord::source)
          .containsExactly("ht-cv.txt", "ht-kl.txt", "hue-ct.txt", "hue-cv.txt");
    }
  }
}
