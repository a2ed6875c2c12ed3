package vanban.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vanban.model.Citation;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;
import vanban.model.Span;

/** Resolution of cited instruments to corpus documents: identity, description, and refusals. */
class CitationResolverTest {
  private static final String SUBJECT_004 =
      "về tiếp tục siết chặt kỷ luật, kỷ cương hành chính, nâng cao đạo đức công vụ trong cán bộ,"
          + " công chức, viên chức và cán bộ, chiến sỹ lực lượng vũ trang, đáp ứng yêu cầu nhiệm"
          + " vụ";

  @Test
  void resolvesByDescriptionWhenTheCitedDocumentLacksItsNumber() {
    ExtractionRecord citing = citing000(kl29("Hà Tĩnh", SUBJECT_004), anaphora29("Hà Tĩnh"));
    ExtractionRecord doc004 =
        doc(
            "corpus/004.txt",
            "Kết luận",
            "KL",
            null,
            "Hà Tĩnh",
            null,
            "Ban Thường vụ Tỉnh ủy Hà Tĩnh",
            SUBJECT_004);
    List<ExtractionRecord> out = CitationResolver.resolve(List.of(citing, doc004));
    assertThat(out.get(0).citations())
        .extracting(Citation::resolvedTo)
        .containsExactly("corpus/004.txt", "corpus/004.txt");
    assertThat(out.get(1).citations()).isEmpty();
  }

  @Test
  void resolvesByIdentityWhenTheDocumentHasItsSymbol() {
    ExtractionRecord citing = citing000(kl29("Hà Tĩnh", null));
    ExtractionRecord doc004 =
        doc(
            "corpus/004.txt",
            "Kết luận",
            "KL",
            "29-KL/TU",
            "Hà Tĩnh",
            LocalDate.of(2021, 7, 22),
            "Ban Thường vụ Tỉnh ủy Hà Tĩnh",
            "về một việc khác hẳn");
    assertThat(CitationResolver.resolve(List.of(citing, doc004)).get(0).citations())
        .extracting(Citation::resolvedTo)
        .containsExactly("corpus/004.txt");
  }

  @Test
  void neverResolvesAcrossProvinces() {
    ExtractionRecord citing = citing000(kl29("Hà Tĩnh", SUBJECT_004));
    ExtractionRecord thanhHoaWithSymbol =
        doc(
            "corpus/th1.txt",
            "Kết luận",
            "KL",
            "29-KL/TU",
            "Thanh Hóa",
            LocalDate.of(2021, 7, 22),
            "Ban Thường vụ Tỉnh ủy Thanh Hóa",
            SUBJECT_004);
    ExtractionRecord thanhHoaWithout =
        doc(
            "corpus/th2.txt",
            "Kết luận",
            "KL",
            null,
            "Thanh Hóa",
            null,
            "Ban Thường vụ Tỉnh ủy Thanh Hóa",
            SUBJECT_004);
    assertThat(
            CitationResolver.resolve(List.of(citing, thanhHoaWithSymbol, thanhHoaWithout))
                .get(0)
                .citations())
        .extracting(Citation::resolvedTo)
        .containsOnlyNulls();
  }

  @Test
  void leavesInstrumentsOutsideTheCorpusUnresolved() {
    Citation ct26 =
        new Citation(
            "Chỉ thị",
            "CT",
            "26/CT-TTg",
            "26",
            2016,
            LocalDate.of(2016, 9, 5),
            "Thủ tướng Chính phủ",
            null,
            "về tăng cường kỷ luật",
            null,
            "Chỉ thị số 26/CT-TTg",
            new Span(0, 20),
            null,
            null,
            null);
    ExtractionRecord citing =
        record(
            "corpus/001.txt",
            meta(
                "Công văn",
                "CV",
                "907/UBND-NV",
                "Thừa Thiên Huế",
                LocalDate.of(2022, 1, 25),
                null,
                null),
            List.of(ct26));
    ExtractionRecord other =
        doc(
            "corpus/004.txt",
            "Kết luận",
            "KL",
            null,
            "Hà Tĩnh",
            null,
            "Ban Thường vụ Tỉnh ủy Hà Tĩnh",
            SUBJECT_004);
    assertThat(
            CitationResolver.resolve(List.of(citing, other)).get(0).citations().get(0).resolvedTo())
        .isNull();
  }

  @Test
  void refusesATitleThatOnlySharesAFewWords() {
    ExtractionRecord citing =
        citing000(kl29("Hà Tĩnh", "về tăng cường kỷ luật, kỷ cương hành chính"));
    ExtractionRecord doc004 =
        doc(
            "corpus/004.txt",
            "Kết luận",
            "KL",
            null,
            "Hà Tĩnh",
            null,
            "Ban Thường vụ Tỉnh ủy Hà Tĩnh",
            SUBJECT_004);
    assertThat(
            CitationResolver.resolve(List.of(citing, doc004))
                .get(0)
                .citations()
                .get(0)
                .resolvedTo())
        .isNull();
  }

  @Test
  void resolvesWithoutTitleByTheOnlyDocumentOfThatDay() {
    ExtractionRecord citing = citing000(kl29("Hà Tĩnh", null));
    ExtractionRecord sameDay =
        doc(
            "corpus/a.txt",
            "Kết luận",
            "KL",
            null,
            "Hà Tĩnh",
            LocalDate.of(2021, 7, 22),
            "Ban Thường vụ Tỉnh ủy Hà Tĩnh",
            "về một việc");
    ExtractionRecord otherDay =
        doc(
            "corpus/b.txt",
            "Kết luận",
            "KL",
            null,
            "Hà Tĩnh",
            LocalDate.of(2021, 7, 23),
            "Ban Thường vụ Tỉnh ủy Hà Tĩnh",
            "về một việc");
    assertThat(CitationResolver.resolve(List.of(citing, sameDay, otherDay)).get(0).citations())
        .extracting(Citation::resolvedTo)
        .containsExactly("corpus/a.txt");
    ExtractionRecord twin =
        doc(
            "corpus/c.txt",
            "Kết luận",
            "KL",
            null,
            "Hà Tĩnh",
            LocalDate.of(2021, 7, 22),
            "Ban Thường vụ Tỉnh ủy Hà Tĩnh",
            "về việc khác");
    assertThat(CitationResolver.resolve(List.of(citing, sameDay, twin)).get(0).citations())
        .extracting(Citation::resolvedTo)
        .containsOnlyNulls();
  }

  @Test
  void titleOverlapFoldsAccentsAndIgnoresTheLeadingVe() {
    assertThat(
            CitationResolver.titleOverlap(
                "Về tiếp tục siết chặt kỷ luật", "ve tiep tuc siet chat ky luat"))
        .isEqualTo(1.0);
    assertThat(CitationResolver.titleOverlap(null, "x")).isZero();
  }

  private static Citation kl29(String scope, String title) {
    return new Citation(
        "Kết luận",
        "KL",
        "29-KL/TU",
        "29",
        2021,
        LocalDate.of(2021, 7, 22),
        "Ban Thường vụ Tỉnh ủy",
        scope,
        title,
        null,
        "Kết luận số 29-KL/TU",
        new Span(0, 20),
        null,
        null,
        null);
  }

  private static Citation anaphora29(String scope) {
    return new Citation(
        "Kết luận",
        "KL",
        "29-KL/TU",
        "29",
        2021,
        LocalDate.of(2021, 7, 22),
        "Ban Thường vụ Tỉnh ủy",
        scope,
        null,
        null,
        "Kết luận",
        new Span(30, 38),
        null,
        null,
        null);
  }

  private static ExtractionRecord citing000(Citation... cites) {
    return record(
        "corpus/000.txt",
        meta(
            "Công văn",
            "CV",
            "1567-CV/TU",
            "Hà Tĩnh",
            LocalDate.of(2023, 2, 16),
            "Tỉnh ủy Hà Tĩnh",
            "Về chấn chỉnh kỷ luật, kỷ cương hành chính"),
        List.of(cites));
  }

  private static ExtractionRecord doc(
      String source,
      String type,
      String code,
      String symbol,
      String province,
      LocalDate date,
      String issuer,
      String subject) {
    return record(source, meta(type, code, symbol, province, date, issuer, subject), List.of());
  }

  private static DocumentMetadata meta(
      String type,
      String code,
      String symbol,
      String province,
      LocalDate date,
      String issuer,
      String subject) {
    return new DocumentMetadata(
        type, code, symbol, null, issuer, province, null, date, null, subject, List.of(), null);
  }

  private static ExtractionRecord record(String source, DocumentMetadata m, List<Citation> cites) {
    return new ExtractionRecord(
        source, "0", m, cites, List.of(), List.of(), List.of(), List.of(), List.of(), null);
  }
}
