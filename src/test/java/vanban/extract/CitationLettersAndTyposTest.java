package vanban.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vanban.model.Citation;
import vanban.model.DocumentMetadata;

/**
 * The numbered citations of layouts and misprints that the shapes of DOMAIN.md §3 leave out:
 * letters of companies and associations kept as printed (devset/RULES.md D8), dates written before
 * the symbol, the header's own number as a scan's OCR leaves it, specimen lines and appendix
 * headings (D7), and misprints read as meant (D6). A row is (text, the citing document's type, its
 * date or null, the citations expected as {@code symbol (year)}, one per mention).
 */
class CitationLettersAndTyposTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        // D8: a company's or association's own numbering, after the letter's word and "số"
        row(
            "Cục Thuế nhận được công văn số VNP- 07/2023 của Công ty TNHH Việt Nhật về hoàn thuế.",
            "Công văn",
            null,
            "VNP-07/2023 (2023)"),
        row(
            "Trả lời văn bản số HTX/1203 đề ngày 12/03/2019 của Hợp tác xã Tân Phú, Cục Thuế có ý"
                + " kiến như sau:",
            "Công văn",
            null,
            "HTX/1203 (2019)"),
        row(
            "Hội Nông dân có Văn bản số 05/HND.HT ngày 10/6/2023 đề nghị kéo dài nhiệm kỳ.",
            "Tờ trình",
            null,
            "05/HND.HT (2023)"),
        row(
            "Trả lời công văn số 12/CV-Vinaco.HN, ngày 3 tháng 4 năm 2016 của Công ty cổ phần"
                + " Vinaco về thuế.",
            "Công văn",
            null,
            "12/CV-Vinaco.HN (2016)"),
        row(
            "Công ty gửi công văn số 2807-19/TLC ghi ngày 28/7/2019 hỏi về thuế nhà thầu.",
            "Công văn",
            null,
            "2807-19/TLC (2019)"),
        row(
            "Cục Thuế nhận được văn bản số 0904002/2021 ngày 09/4/2021 của Công ty TNHH An Phát.",
            "Công văn",
            null,
            "0904002/2021 (2021)"),
        // a standard symbol after the cue stays standard; a sentence's stop is no part of it
        row(
            "Thực hiện Công văn số 907/UBND-NV. Sở Nội vụ hướng dẫn như sau.",
            "Công văn",
            null,
            "907/UBND-NV (-)"),
        row(
            "Theo Công văn số 1234/BNV-CCVCngày 15/3/2021 của Bộ Nội vụ.",
            "Công văn",
            null,
            "1234/BNV-CCVC (2021)"),
        // a date before the symbol, without a comma, dates a list of one issuer's decisions
        row(
            "Ngày 15/1/2018 Bộ Tài chính đã ban hành Quyết định số 70/QĐ-BTC về kế hoạch kiểm tra"
                + " năm 2018; Quyết định số 71/QĐ-BTC về kế hoạch thanh tra. Thực hiện Quyết định"
                + " số 72/QĐ-BTC.",
            "Công văn",
            null,
            "70/QĐ-BTC (2018)",
            "71/QĐ-BTC (2018)",
            "72/QĐ-BTC (-)"),
        // a capital "Ngày" after a flattened title opens the sentence; 61-CP keeps its hyphen
        row(
            "CHỈ THỊ VỀ CÔNG TÁC THỦY LỢI Ngày 02 tháng 3 năm 1976 Hội đồng Chính phủ đã ra Quyết"
                + " định số 61-CP về công tác thủy lợi.",
            "Chỉ thị",
            null,
            "61-CP (1976)"),
        // an OCR's "ngày" right before a full date
        row(
            "Thực hiện Kết luận số 45-KL/TW P. 8/3/2024 của Bộ Chính trị về phòng, chống ma túy.",
            "Công văn",
            null,
            "45-KL/TW (2024)"),
        // the header's own number as OCR left it is no citation; a cited law on a header line is
        row(
            "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc sốl 2345/BTC-TCT Hà Nội, ngàyl2 tháng 5 năm 2022\n"
                + "V/v hoàn thuế\n"
                + "Căn cứ Luật Quản lý thuế số 38/2019/QH14;\n"
                + "Thực hiện Công văn số 1111/BTC-TCT ngày 2/3/2022.",
            "Công văn",
            null,
            "38/2019/QH14 (2019)",
            "1111/BTC-TCT (2022)"),
        row(
            "ỦY BAN NHÂN DÂN\nSố:#5 /KH-UBND Đà Nẵng, ngày 3 tháng 4 năm 2024\nKẾ HOẠCH",
            "Kế hoạch",
            null),
        row("CỤC THUẾ\nSỐ: }12F /CT-TNCN ;\nV/v thuế", "Công văn", null),
        // D7: a specimen line of a guide; the own number in an appendix heading
        row(
            "Số và ký hiệu văn bản\nSố 15-QĐ/TU; Số 32-CV/VPTU\nĐịa danh",
            "Hướng dẫn",
            null),
        row(
            "PHỤ LỤC\n(Kèm theo Công văn số: 812/BYT-KCB ngày 5 tháng 6 năm 2023)",
            "Công văn",
            null),
        row(
            "PHỤ LỤC\n(Kèm theo Công văn số: 812/BYT-KCB ngày 5 tháng 6 năm 2023)",
            "Kế hoạch",
            null,
            "812/BYT-KCB (2023)"),
        // D6: misprints the document also cites correctly
        row(
            "Thực hiện Nghị quyết số 88/2024/UBTVQH15 của Ủy ban Thường vụ Quốc hội; theo Điều 3"
                + " của Nghị quyết số 88/2024/UBTV QH15.",
            "Công văn",
            null,
            "88/2024/UBTVQH15 (2024)",
            "88/2024/UBTVQH15 (2024)"),
        row(
            "Quyết định số 212-QĐ/TW ngày 03/3/2024 của Ban Bí thư; Quyết định số 212-CT/TW ngày"
                + " 03/3/2024 của Ban Bí thư về mẫu biểu.",
            "Hướng dẫn",
            null,
            "212-QĐ/TW (2024)",
            "212-QĐ/TW (2024)"),
        row(
            "Chỉ thị số 41/CT-TTg ngày 02/12/2022 của Thủ tướng Chính phủ; thực hiện Chỉ thị số"
                + " 41/CT-TTBg về dân vận.",
            "Kế hoạch",
            null,
            "41/CT-TTg (2022)",
            "41/CT-TTg (2022)"),
        // two codes one letter apart that the table both lacks are two instruments
        row(
            "Quy định số 07-QĐ/TW ngày 01/8/2019 và Quy định số 07-QĐi/TW ngày 01/8/2019 của Bộ"
                + " Chính trị.",
            "Hướng dẫn",
            null,
            "07-QĐ/TW (2019)",
            "07-QĐi/TW (2019)"),
        // D6: a year nothing else in the text comes near, after the document's own, is a typo
        row(
            "Quyết định số 5120/QĐ-BCA ngày 8/9/2924 của Bộ trưởng Bộ Công an phê duyệt Chương"
                + " trình đến năm 2030.",
            "Công văn",
            LocalDate.of(2024, 12, 1),
            "5120/QĐ-BCA (2024)"),
        row(
            "Quyết định số 5120/QĐ-BCA ngày 8/9/2924 của Bộ trưởng Bộ Công an phê duyệt Chương"
                + " trình đến năm 2030.",
            "Công văn",
            null,
            "5120/QĐ-BCA (2024)"),
        // a year the text writes elsewhere is no typo, even without the document's own date
        row(
            "Kết luận số 90-KL/TW ngày 5/4/2025 của Bộ Chính trị; Luật số 55/2014/QH13; kế hoạch"
                + " năm 2025.",
            "Công văn",
            null,
            "90-KL/TW (2025)",
            "55/2014/QH13 (2014)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsWhatThePrintMeans(String text, String selfType, LocalDate date, List<String> want) {
    DocumentMetadata self =
        new DocumentMetadata(
            selfType, null, null, null, null, null, null, date, null, null, List.of(), null);
    List<Citation> found = new CitationExtractor().extract(text, self);
    assertThat(found.stream().filter(c -> c.symbol() != null).map(c -> shown(c)))
        .containsExactlyElementsOf(want);
  }

  private static String shown(Citation c) {
    Integer year = c.year() != null ? c.year() : c.date() == null ? null : c.date().getYear();
    return c.symbol() + " (" + (year == null ? "-" : year) + ")";
  }

  private static Arguments row(String text, String selfType, LocalDate date, String... want) {
    return Arguments.of(text, selfType, date, List.of(want));
  }
}
