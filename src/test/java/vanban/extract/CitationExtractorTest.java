package vanban.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vanban.model.Citation;
import vanban.model.DocumentMetadata;

/**
 * Every citation shape of DOMAIN.md §3, with negatives. A row is (text, the citing document's type
 * and province, the citations expected), each citation rendered as {@code type | typeCode | symbol
 * or name | date | issuer | scope | relation | relationTarget}.
 */
class CitationExtractorTest {

  static Stream<Arguments> shapes() {
    return Stream.of(
        row(
            "Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn"
                + " thư.",
            "Công văn",
            "Hà Tĩnh",
            "Nghị định | NĐ | 30/2020/NĐ-CP | 2020-03-05 | Chính phủ | - | - | -"),
        row(
            "Căn cứ Thông tư 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ, Sở yêu cầu:",
            "Công văn",
            "Hà Tĩnh",
            "Thông tư | TT | 01/2011/TT-BNV | 2011-01-19 | Bộ Nội vụ | - | - | -"),
        row(
            "Thực hiện Kế hoạch số 12-KH/HU ngày 03/02/2022 của Ban Thường vụ Huyện ủy về chuyển"
                + " đổi số;",
            "Công văn",
            "Nghệ An",
            "Kế hoạch | KH | 12-KH/HU | 2022-02-03 | Ban Thường vụ Huyện ủy | Nghệ An | - | -"),
        row(
            "Theo Công văn số 1234/BNV-CCVC ngày 15/3/2021 của Bộ Nội vụ về tuyển dụng công chức.",
            "Công văn",
            "Hà Tĩnh",
            "Công văn | CV | 1234/BNV-CCVC | 2021-03-15 | Bộ Nội vụ | - | - | -"),
        row(
            "Căn cứ Luật số 22/2008/QH12 và Quyết định số 45/QĐ-TTg ngày 10/01/2019 của Thủ tướng"
                + " Chính phủ;",
            "Quyết định",
            "Huế",
            "Luật | L | 22/2008/QH12 | - | Quốc hội | - | - | -",
            "Quyết định | QĐ | 45/QĐ-TTg | 2019-01-10 | Thủ tướng Chính phủ | - | - | -"),
        row(
            "Ngày 15/6/2020, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 10-CT/TU về phòng, chống"
                + " dịch.",
            "Công văn",
            "Hà Tĩnh",
            "Chỉ thị | CT | 10-CT/TU | 2020-06-15 | Ban Thường vụ Tỉnh ủy | Hà Tĩnh | - | -"),
        row(
            "quán triệt các nghị quyết, kết luận của Bộ Chính trị: số 35-NQ/TW ngày 22/10/2018 “Về"
                + " tăng cường bảo vệ nền tảng tư tưởng của Đảng”; số 14-KL/TW ngày 22/9/2021 “Về"
                + " chủ trương khuyến khích cán bộ năng động”; Chỉ thị số 05-CT/TU ngày 02/01/2022"
                + " của Ban Thường vụ Tỉnh ủy.",
            "Công văn",
            "Thanh Hóa",
            "Nghị quyết | NQ | 35-NQ/TW | 2018-10-22 | Bộ Chính trị | - | - | -",
            "Kết luận | KL | 14-KL/TW | 2021-09-22 | Bộ Chính trị | - | - | -",
            "Chỉ thị | CT | 05-CT/TU | 2022-01-02 | Ban Thường vụ Tỉnh ủy | Thanh Hóa | - | -"),
        row(
            "thực hiện Chỉ thị số\n"
                + "26/CT-TTg ngày\n"
                + "05/9/2016 của Thủ tướng\n"
                + "Chính phủ về tăng cường kỷ luật",
            "Công văn",
            "Huế",
            "Chỉ thị | CT | 26/CT-TTg | 2016-09-05 | Thủ tướng Chính phủ | - | - | -"),
        row(
            "Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII về"
                + " một số vấn đề tiếp tục đổi mới",
            "Công văn",
            "Hà Tĩnh",
            "Nghị quyết | NQ | 18-NQ/TW | 2017-10-25 | Ban Chấp hành Trung ương Đảng | - | - | -"),
        row(
            "Chỉ thị số 07-CT/TU ngày 25/4/2016 của Ban Thường vụ Tỉnh ủy Thừa Thiên Huế về kỷ"
                + " cương;",
            "Công văn",
            "Hà Tĩnh",
            "Chỉ thị | CT | 07-CT/TU | 2016-04-25 | Ban Thường vụ Tỉnh ủy Thừa Thiên Huế | Thừa"
                + " Thiên Huế | - | -"),
        row(
            "Quyết định số 15/2021/QĐ-UBND ngày 01/4/2021 thay thế Quyết định số 48/2018/QĐ-UBND.",
            "Công văn",
            "Huế",
            "Quyết định | QĐ | 15/2021/QĐ-UBND | 2021-04-01 | UBND tỉnh | Huế | replaces |"
                + " 48/2018/QĐ-UBND",
            "Quyết định | QĐ | 48/2018/QĐ-UBND | - | UBND tỉnh | Huế | - | -"),
        row(
            "Quyết định số 20/2022/QĐ-UBND về việc bãi bỏ Quyết định số 10/2015/QĐ-UBND;",
            "Công văn",
            "Huế",
            "Quyết định | QĐ | 20/2022/QĐ-UBND | - | UBND tỉnh | Huế | repeals | 10/2015/QĐ-UBND",
            "Quyết định | QĐ | 10/2015/QĐ-UBND | - | UBND tỉnh | Huế | - | -"),
        row(
            "Thông tư số 01/2011/TT-BNV hướng dẫn thi hành Nghị định số 110/2004/NĐ-CP về công tác"
                + " văn thư.",
            "Công văn",
            "Huế",
            "Thông tư | TT | 01/2011/TT-BNV | - | Bộ Nội vụ | - | guides | 110/2004/NĐ-CP",
            "Nghị định | NĐ | 110/2004/NĐ-CP | - | Chính phủ | - | - | -"),
        row(
            "Kế hoạch số 12-KH/HU của Ban Thường vụ Huyện ủy về triển khai thực hiện Nghị quyết số"
                + " 35-NQ/TW.",
            "Công văn",
            "Nghệ An",
            "Kế hoạch | KH | 12-KH/HU | - | Ban Thường vụ Huyện ủy | Nghệ An | implements |"
                + " 35-NQ/TW",
            "Nghị quyết | NQ | 35-NQ/TW | - | - | - | - | -"),
        row(
            "Quyết định số 10-QĐ/TU ngày 02/3/2021 ban hành Quy chế làm việc số 03-QC/TU.",
            "Công văn",
            "Hà Tĩnh",
            "Quyết định | QĐ | 10-QĐ/TU | 2021-03-02 | - | Hà Tĩnh | promulgates | 03-QC/TU",
            "Quy chế | QC | 03-QC/TU | - | - | Hà Tĩnh | - | -"),
        row(
            "Quyết định số 48/2018/QĐ-UBND ngày 31/8/2018 được sửa đổi, bổ sung bởi Quyết định số"
                + " 22/2019/QĐ-UBND.",
            "Công văn",
            "Huế",
            "Quyết định | QĐ | 48/2018/QĐ-UBND | 2018-08-31 | UBND tỉnh | Huế | - | -",
            "Quyết định | QĐ | 22/2019/QĐ-UBND | - | UBND tỉnh | Huế | amends | 48/2018/QĐ-UBND"),
        row(
            "Quyết định số 22/2019/QĐ-UBND về việc sửa đổi, bổ sung một số điều của Quy định về Quy"
                + " tắc ứng xử ban hành kèm theo Quyết định số 48/2018/QĐ-UBND.",
            "Công văn",
            "Huế",
            "Quyết định | QĐ | 22/2019/QĐ-UBND | - | UBND tỉnh | Huế | amends | 48/2018/QĐ-UBND",
            "Quyết định | QĐ | 48/2018/QĐ-UBND | - | UBND tỉnh | Huế | - | -"),
        row(
            "Quy chế làm việc số 03-QC/TU ban hành kèm theo Quyết định số 10-QĐ/TU ngày 02/3/2021.",
            "Công văn",
            "Hà Tĩnh",
            "Quy chế | QC | 03-QC/TU | - | - | Hà Tĩnh | - | -",
            "Quyết định | QĐ | 10-QĐ/TU | 2021-03-02 | - | Hà Tĩnh | promulgates | 03-QC/TU"),
        row(
            "Đảng viên thực hiện Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương"
                + " Đảng.",
            "Công văn",
            "Thanh Hóa",
            "Quy định | QĐ | 37-QĐ/TW | 2021-10-25 | Ban Chấp hành Trung ương Đảng | - | - | -"),
        row(
            "Chỉ thị số 26 CT/TW, ngày 23/11/2023 của Ban Bí thư Trung ương về tổ chức Tết;",
            "Chỉ thị",
            "Bắc Ninh",
            "Chỉ thị | CT | 26-CT/TW | 2023-11-23 | Ban Bí thư | - | - | -"),
        row(
            "Thực hiện Hướng dẫn số 25-HD/BTCTW ngày 15/3/2019 của Ban Tổ chức Trung ương và Hợp"
                + " đồng số 12/HĐ-UBND; Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng"
                + " Chính phủ phê duyệt Đề án Văn hóa công vụ.",
            "Công văn",
            "Huế",
            "Hướng dẫn | HD | 25-HD/BTCTW | 2019-03-15 | Ban Tổ chức Trung ương | - | - | -",
            "Hợp đồng | HĐ | 12/HĐ-UBND | - | UBND tỉnh | Huế | - | -",
            "Quyết định | QĐ | 1847/QĐ-TTg | 2018-12-27 | Thủ tướng Chính phủ | - | - | -"),
        row(
            "Chỉ thị số 15/CT-UBND ngày 12/5/2023 của Chủ tịch UBND tỉnh Quảng Nam và Thông báo kết"
                + " luận số 200-TB/TU; Thông tư số 03/2023/TT-BTTTT của Bộ Thông tin và Truyền"
                + " thông; Thông tư số 10/2020/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội"
                + " về an toàn lao động.",
            "Công văn",
            "Huế",
            "Chỉ thị | CT | 15/CT-UBND | 2023-05-12 | Chủ tịch UBND tỉnh Quảng Nam | Quảng Nam | -"
                + " | -",
            "Thông báo | TB | 200-TB/TU | - | - | Huế | - | -",
            "Thông tư | TT | 03/2023/TT-BTTTT | - | Bộ Thông tin và Truyền thông | - | - | -",
            "Thông tư | TT | 10/2020/TT-BLĐTBXH | - | Bộ Lao động - Thương binh và Xã hội | - | - |"
                + " -"),
        row(
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Nghị quyết số"
                + " 12/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh Quảng Trị.",
            "Quyết định",
            "Quảng Trị",
            "Luật | L | Luật Tổ chức chính quyền địa phương | 2015-06-19 | Quốc hội | - | - | -",
            "Nghị quyết | NQ | 12/2021/NQ-HĐND | 2021-12-10 | Hội đồng nhân dân tỉnh Quảng Trị |"
                + " Quảng Trị | - | -"),
        // unnumbered instruments
        row(
            "theo quy định của Đảng, Luật Cán bộ, công chức, Luật Viên chức và các quy định liên"
                + " quan",
            "Kết luận",
            "Hà Tĩnh",
            "Luật | L | Luật Cán bộ, công chức | - | Quốc hội | - | - | -",
            "Luật | L | Luật Viên chức | - | Quốc hội | - | - | -"),
        row(
            "gắn với thực hiện Nghị quyết Trung ương 4 khóa XI, khóa XII về xây dựng Đảng",
            "Kết luận",
            "Hà Tĩnh",
            "Nghị quyết | NQ | Nghị quyết Trung ương 4 khóa XI | - | Ban Chấp hành Trung ương Đảng"
                + " | - | - | -",
            "Nghị quyết | NQ | Nghị quyết Trung ương 4 khóa XII | - | Ban Chấp hành Trung ương Đảng"
                + " | - | - | -"),
        row(
            "Luật An ninh mạng, Bộ Quy tắc ứng xử trên mạng xã hội, kỷ luật phát ngôn; Bộ luật Lao"
                + " động năm 2019 và Hiến pháp năm 2013.",
            "Kết luận",
            "Hà Tĩnh",
            "Luật | L | Luật An ninh mạng | - | Quốc hội | - | - | -",
            "Bộ Quy tắc | - | Bộ Quy tắc ứng xử trên mạng xã hội | - | - | - | - | -",
            "Bộ luật | - | Bộ luật Lao động năm 2019 | - | Quốc hội | - | - | -",
            "Hiến pháp | - | Hiến pháp năm 2013 | - | - | - | - | -"),
        row(
            "Luật Đất đai số 31/2024/QH15 có hiệu lực.",
            "Công văn",
            "Hà Tĩnh",
            "Luật | L | 31/2024/QH15 | - | Quốc hội | - | - | -"),
        // anaphora
        row(
            "Ban Thường vụ Tỉnh ủy ban hành Kết luận số 29-KL/TU về kỷ cương. Các cơ quan đã thực"
                + " hiện nghiêm túc Kết luận, tạo chuyển biến.",
            "Công văn",
            "Hà Tĩnh",
            "Kết luận | KL | 29-KL/TU | - | Ban Thường vụ Tỉnh ủy | Hà Tĩnh | - | -",
            "Kết luận | KL | 29-KL/TU | - | Ban Thường vụ Tỉnh ủy | Hà Tĩnh | - | -"),
        row(
            "thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị. Cấp ủy quán triệt Kết"
                + " luận đến đảng viên.",
            "Kết luận",
            "Hà Tĩnh",
            "Kết luận | KL | 01-KL/TW | 2021-05-18 | Bộ Chính trị | - | - | -",
            "Kết luận | KL | 01-KL/TW | 2021-05-18 | Bộ Chính trị | - | - | -"),
        row(
            "thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị. Câu hai. Câu ba.\n"
                + "Các cấp ủy quán triệt Kết luận đến đảng viên.",
            "Kết luận",
            "Hà Tĩnh",
            "Kết luận | KL | 01-KL/TW | 2021-05-18 | Bộ Chính trị | - | - | -"),
        // negatives
        row(
            "giai đoạn 2021-2030, nhiệm kỳ 2020 – 2025, ngày 15/4/2025, điện thoại 0239.3855.123,"
                + " Điều 5, phòng chống COVID-19, khoa học-công nghệ.",
            "Công văn",
            "Hà Tĩnh"),
        row(
            "thực hiện các nghị quyết của Đảng, các Chỉ thị của trung ương, Tỉnh ủy, UBND tỉnh và"
                + " pháp luật, kỷ luật, kỷ cương.",
            "Công văn",
            "Huế"),
        row(
            "Kết luận này được phổ biến đến chi bộ. Chỉ thị này có hiệu lực. Công văn này thay"
                + " thế.",
            "Kết luận",
            "Hà Tĩnh"),
        row(
            "Các cơ quan phổ biến, quán triệt Chỉ thị đến cán bộ, đảng viên.",
            "Chỉ thị",
            "Bắc Ninh"),
        row("TỈNH ỦY HÀ TĨNH\nSố 1567 -CV/TU\nV/v chấn chỉnh kỷ luật", "Công văn", "Hà Tĩnh"),
        row("Luật này có hiệu lực; Luật sư và pháp luật.", "Công văn", "Hà Tĩnh"),
        row(
            "ỦY BAN NHÂN DÂN\n"
                + "Số: 907/UBND-NV Thừa Thiên Huế, ngày 25 tháng 01 năm 2022\n"
                + "V/v kỷ cương",
            "Công văn",
            "Thừa Thiên Huế"),
        row(
            "Thực hiện Báo cáo số 12-BC/TU ngày 02/01/2022 của Ban Thường vụ Tỉnh ủy.\n"
                + "- Báo cáo kết quả thực hiện về Văn phòng Tỉnh ủy.",
            "Công văn",
            "Hà Tĩnh",
            "Báo cáo | BC | 12-BC/TU | 2022-01-02 | Ban Thường vụ Tỉnh ủy | Hà Tĩnh | - | -"),
        row(
            "thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị. Câu hai. Câu ba.\n"
                + "Các cấp ủy quán triệt Kết luận nêu trên đến đảng viên.",
            "Kết luận",
            "Hà Tĩnh",
            "Kết luận | KL | 01-KL/TW | 2021-05-18 | Bộ Chính trị | - | - | -",
            "Kết luận | KL | 01-KL/TW | 2021-05-18 | Bộ Chính trị | - | - | -"),
        // partially numbered: a type word and a bare number
        row(
            "tiếp tục thực hiện Chỉ thị 05 của Bộ Chính trị về học tập và làm theo tư tưởng Hồ Chí"
                + " Minh.",
            "Công văn",
            "Hà Tĩnh",
            "Chỉ thị | CT | Chỉ thị 05 | - | Bộ Chính trị | - | - | -"),
        row(
            "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị. Sơ kết 5 năm thực hiện Chỉ thị"
                + " 05, các cấp ủy báo cáo Kết luận 3 nội dung; Nghị quyết 2020.",
            "Công văn",
            "Hà Tĩnh",
            "Chỉ thị | CT | 05-CT/TW | 2016-05-15 | Bộ Chính trị | - | - | -",
            "Chỉ thị | CT | 05-CT/TW | 2016-05-15 | Bộ Chính trị | - | - | -"),
        row(
            "quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội đại biểu Đảng bộ"
                + " tỉnh lần thứ XIX, nhiệm kỳ 2020 - 2025.",
            "Công văn",
            "Hà Tĩnh",
            "Nghị quyết | NQ | Nghị quyết Đại hội XIII của Đảng | - | - | - | - | -",
            "Nghị quyết | NQ | Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020"
                + " - 2025 | - | - | Hà Tĩnh | - | -"),
        row(
            "Thực hiện Quyết định số 12/QĐ-UBND ngày 02/01/2022 của UBND tỉnh.\n"
                + "Câu khác.\n"
                + "Cấp có thẩm quyền ra Quyết định kỷ luật. Báo cáo số 5/BC-SNV ngày 3/3/2022 của"
                + " Sở Nội vụ; Sở tổng hợp Báo cáo, gửi Báo cáo nêu trên.",
            "Công văn",
            "Huế",
            "Quyết định | QĐ | 12/QĐ-UBND | 2022-01-02 | UBND tỉnh | Huế | - | -",
            "Báo cáo | BC | 5/BC-SNV | 2022-03-03 | Sở Nội vụ | Huế | - | -",
            "Báo cáo | BC | 5/BC-SNV | 2022-03-03 | Sở Nội vụ | Huế | - | -"),
        // the document's own type read from its header when the metadata has none
        row(
            "CHỈ THỊ\n"
                + "CỦA BAN THƯỜNG VỤ TỈNH ỦY\n"
                + "thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị. Câu hai. Câu ba.\n"
                + "Các cơ quan quán triệt Chỉ thị đến cán bộ.",
            null,
            null,
            "Chỉ thị | CT | 05-CT/TW | - | Bộ Chính trị | - | - | -"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void extractsEveryShape(String text, String selfType, String province, List<String> expected) {
    DocumentMetadata self =
        new DocumentMetadata(
            selfType, null, null, null, null, province, null, null, null, null, List.of(), null);
    List<Citation> found = new CitationExtractor().extract(text, self);
    assertThat(found).extracting(CitationExtractorTest::render).containsExactlyElementsOf(expected);
    for (Citation c : found) {
      assertThat(text.substring(c.span().start(), c.span().end()).replaceAll("\\s+", " "))
          .isEqualTo(c.asWritten());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng “Về những điều đảng viên không được làm”; các chỉ thị | Về những điều đảng viên không được làm
Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ về tăng cường kỷ luật, kỷ cương trong các cơ quan; Chỉ thị số 23/CT-TTg | về tăng cường kỷ luật, kỷ cương trong các cơ quan
Nghị quyết số 87-NQ/TU, ngày 15/3/2023 của Ban Thường vụ Tỉnh ủy về xây dựng “*Tỉnh an toàn giao thông*”; không sử dụng | về xây dựng “Tỉnh an toàn giao thông”
Quyết định số 48/2018/QĐ-UBND ngày 31/8/2018 ban hành Quy định về Quy tắc ứng xử; Quyết định | ban hành Quy định về Quy tắc ứng xử
Kết luận số 29-KL/TU về tiếp tục siết chặt kỷ luật, đáp ứng yêu cầu nhiệm vụ. Nhìn chung | về tiếp tục siết chặt kỷ luật, đáp ứng yêu cầu nhiệm vụ
""")
  void readsTitles(String text, String title) {
    List<Citation> found = new CitationExtractor().extract(text, DocumentMetadata.empty());
    assertThat(found.get(0).title()).isEqualTo(title);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
Chỉ thị số 26 CT/TW, ngày 23/11/2023 của Ban Bí thư Trung ương về tổ chức Tết | Chỉ thị số 26 CT/TW, ngày 23/11/2023 của Ban Bí thư Trung ương
Công điện số 968 -CĐ/TTg, ngày 16/10/2023 của Thủ tướng Chính phủ về tiếp tục | Công điện số 968 -CĐ/TTg, ngày 16/10/2023 của Thủ tướng Chính phủ
Quy chế làm việc số 06-QC/TU, ngày 10/5/2023 của Ban Chấp hành Đảng bộ tỉnh khóa XX, nhiệm kỳ 2020 – 2025 và các văn bản | Quy chế làm việc số 06-QC/TU, ngày 10/5/2023 của Ban Chấp hành Đảng bộ tỉnh khóa XX, nhiệm kỳ 2020 – 2025
""")
  void keepsTheMentionAsWritten(String text, String asWritten) {
    List<Citation> found = new CitationExtractor().extract(text, DocumentMetadata.empty());
    assertThat(found.get(0).asWritten()).isEqualTo(asWritten);
  }

  private static Arguments row(String text, String selfType, String province, String... expected) {
    return Arguments.of(text, selfType, province, List.of(expected));
  }

  static String render(Citation c) {
    return String.join(
        " | ",
        dash(c.type()),
        dash(c.typeCode()),
        c.symbol() != null ? c.symbol() : dash(c.name()),
        c.date() == null ? "-" : c.date().toString(),
        dash(c.issuer()),
        dash(c.scope()),
        dash(c.relation()),
        dash(c.relationTarget()));
  }

  private static String dash(String s) {
    return s == null ? "-" : s;
  }
}
