package vanban.compare;

import java.time.LocalDate;
import java.util.List;
import vanban.extract.FrequencyCues;
import vanban.extract.ThemeTagger;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;
import vanban.model.Obligation;
import vanban.model.Span;

/** Extraction records built by hand, so compare tests do not depend on the extractors. */
public final class CompareFixtures {
  private CompareFixtures() {}

  public static Obligation obligation(
      String modality, String actor, String section, String text, String reportTo) {
    return new Obligation(
        modality,
        actor,
        text,
        text,
        section,
        FrequencyCues.of(text),
        null,
        reportTo,
        ThemeTagger.get().tag(text),
        new Span(0, text.length()));
  }

  public static ExtractionRecord record(
      String source, String province, String symbol, LocalDate date, List<Obligation> obligations) {
    DocumentMetadata doc =
        new DocumentMetadata(
            "Công văn",
            "CV",
            symbol,
            null,
            "Tỉnh ủy " + province,
            province,
            province,
            date,
            null,
            "V/v chấn chỉnh kỷ luật",
            List.of(),
            null);
    return new ExtractionRecord(
        source,
        "0".repeat(64),
        doc,
        List.of(),
        List.of(),
        obligations,
        List.of(),
        List.of(),
        List.of(),
        "vie");
  }

  /** Hà Tĩnh, Bắc Ninh and Huế saying alike and different things. */
  static List<ExtractionRecord> threeProvinces() {
    return List.of(
        record(
            "corpus/a.txt",
            "Hà Tĩnh",
            "29-KL/TU",
            LocalDate.of(2021, 7, 22),
            List.of(
                obligation(
                    "must-not",
                    "cán bộ, công chức, viên chức",
                    "2.2",
                    "Sử dụng rượu, bia ngay trước, trong giờ làm việc, giờ nghỉ trưa các ngày làm"
                        + " việc.",
                    null),
                obligation(
                    "must",
                    "các đảng đoàn",
                    "6",
                    "Các đảng đoàn theo dõi, định kỳ 6 tháng, hằng năm báo cáo Ban Thường vụ Tỉnh"
                        + " ủy (qua Văn phòng Tỉnh ủy).",
                    "Ban Thường vụ Tỉnh ủy"))),
        record(
            "corpus/b.txt",
            "Bắc Ninh",
            null,
            LocalDate.of(2023, 11, 23),
            List.of(
                obligation(
                    "must-not",
                    "cán bộ, đảng viên",
                    "3",
                    "Tuyệt đối không sử dụng rượu, bia, đồ uống có cồn trong giờ làm việc, giờ nghỉ"
                        + " trưa của ngày làm việc.",
                    null),
                obligation(
                    "must",
                    "Ủy ban Kiểm tra Tỉnh ủy",
                    "6",
                    "Giao Ủy ban Kiểm tra Tỉnh ủy chủ trì kiểm tra, báo cáo kết quả thực hiện về"
                        + " Ban Thường vụ Tỉnh ủy.",
                    "Ban Thường vụ Tỉnh ủy"))),
        record(
            "corpus/c.txt",
            "Thừa Thiên Huế",
            "907/UBND-NV",
            LocalDate.of(2022, 1, 25),
            List.of(
                obligation(
                    "must",
                    "Thủ trưởng các Sở",
                    "5",
                    "Thực hiện có hiệu quả cơ chế một cửa, một cửa liên thông trong giải quyết thủ"
                        + " tục hành chính.",
                    null),
                obligation(
                    "must",
                    "Thủ trưởng các Sở",
                    "3",
                    "Định kỳ hàng tháng, cuối năm có đánh giá, phân loại rõ kết quả thực hiện nhiệm"
                        + " vụ.",
                    null))));
  }
}
