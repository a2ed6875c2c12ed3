package vanban.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vanban.model.DocumentMetadata;
import vanban.model.Signer;

/** Header shapes the seeds do not show, in the normalizer's output shape. */
class StructureParserTest {

  private final StructureParser parser = new StructureParser();

  @Test
  void ministryCongVan() {
    String text =
        """
        BỘ NỘI VỤ
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 1234/BNV-CCVC
        Hà Nội, ngày 05 tháng 3 năm 2024
        V/v tăng cường kỷ luật, kỷ cương hành chính
        Kính gửi:
        - Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ;
        - Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
        Thực hiện Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ, Bộ Nội vụ đề nghị các Bộ, ngành, địa phương thực hiện một số nội dung sau:
        1. Quán triệt đến cán bộ, công chức, viên chức.
        2. Báo cáo kết quả về Bộ Nội vụ trước ngày 15/12/2024.
        Nơi nhận:
        - Như trên;
        - Lưu: VT, CCVC.
        KT. BỘ TRƯỞNG
        THỨ TRƯỞNG
        Nguyễn Văn An
        """;
    DocumentStructure s = parser.parse(text);
    DocumentMetadata m = s.metadata();
    assertThat(m.type()).isEqualTo("Công văn");
    assertThat(m.typeCode()).isEqualTo("CV");
    assertThat(m.symbol()).isEqualTo("1234/BNV-CCVC");
    assertThat(m.number()).isEqualTo("1234");
    assertThat(m.issuer()).isEqualTo("Bộ Nội vụ");
    assertThat(m.province()).as("a ministry has no province").isNull();
    assertThat(m.place()).isEqualTo("Hà Nội");
    assertThat(m.date()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(m.subject()).isEqualTo("V/v tăng cường kỷ luật, kỷ cương hành chính");
    assertThat(m.recipients())
        .containsExactly(
            "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
            "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương");
    assertThat(m.signer()).isEqualTo(new Signer("Nguyễn Văn An", "Thứ trưởng", "Bộ trưởng"));
    assertThat(s.warnings()).isEmpty();
  }

  @Test
  void provincialQuyetDinhSignedByADeputy() {
    String text =
        """
        ỦY BAN NHÂN DÂN
        TỈNH QUẢNG NAM
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 12/2023/QĐ-UBND
        Quảng Nam, ngày 10 tháng 5 năm 2023
        QUYẾT ĐỊNH
        Ban hành Quy chế làm việc của Ủy ban nhân dân tỉnh
        ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
        QUYẾT ĐỊNH:
        Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.
        Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
        Nơi nhận:
        - Như Điều 2;
        - Lưu: VT.
        TM. ỦY BAN NHÂN DÂN
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Trần Văn Bình
        """;
    DocumentMetadata m = parser.parse(text).metadata();
    assertThat(m.type()).isEqualTo("Quyết định");
    assertThat(m.typeCode()).isEqualTo("QĐ");
    assertThat(m.symbol()).isEqualTo("12/2023/QĐ-UBND");
    assertThat(m.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Quảng Nam");
    assertThat(m.province()).isEqualTo("Quảng Nam");
    assertThat(m.subject()).isEqualTo("Ban hành Quy chế làm việc của Ủy ban nhân dân tỉnh");
    assertThat(m.recipients()).isEmpty();
    assertThat(m.signer()).isEqualTo(new Signer("Trần Văn Bình", "Phó Chủ tịch", "Chủ tịch"));
  }

  @Test
  void districtPartyCommitteePlan() {
    String text =
        """
        ĐẢNG BỘ TỈNH HÀ TĨNH
        HUYỆN ỦY CAN LỘC
        *
        Số 12-KH/HU
        ĐẢNG CỘNG SẢN VIỆT NAM
        Can Lộc, ngày 03 tháng 4 năm 2023
        KẾ HOẠCH
        thực hiện Công văn số 1567-CV/TU của Ban Thường vụ Tỉnh ủy về chấn chỉnh kỷ luật, kỷ cương hành chính
        Thực hiện Công văn số 1567-CV/TU ngày 16/02/2023 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện như sau:
        I. MỤC ĐÍCH, YÊU CẦU
        1. Quán triệt sâu sắc nội dung Công văn.
        2. Gắn với đánh giá cán bộ hằng năm.
        T/M BAN THƯỜNG VỤ
        BÍ THƯ
        Lê Văn Cường
        """;
    DocumentStructure s = parser.parse(text);
    DocumentMetadata m = s.metadata();
    assertThat(m.type()).isEqualTo("Kế hoạch");
    assertThat(m.typeCode()).isEqualTo("KH");
    assertThat(m.symbol()).isEqualTo("12-KH/HU");
    assertThat(m.number()).isEqualTo("12");
    assertThat(m.issuer()).isEqualTo("Huyện ủy Can Lộc");
    assertThat(m.province()).isEqualTo("Hà Tĩnh");
    assertThat(m.place()).isEqualTo("Can Lộc");
    assertThat(m.date()).isEqualTo(LocalDate.of(2023, 4, 3));
    assertThat(m.subject()).startsWith("thực hiện Công văn số 1567-CV/TU").endsWith("hành chính");
    assertThat(m.signer()).isEqualTo(new Signer("Lê Văn Cường", "Bí thư", "Ban Thường vụ"));
    assertThat(s.warnings()).isEmpty();
  }

  @Test
  void mottoFirstAndRecipientsOnOneLine() {
    String text =
        """
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        ỦY BAN NHÂN DÂN
        TỈNH HÀ TĨNH
        Số: 45/UBND-VX
        V/v chấn chỉnh giờ giấc làm việc
        Hà Tĩnh, ngày 20 tháng 6 năm 2024
        Kính gửi: Các sở, ban, ngành cấp tỉnh; Ủy ban nhân dân các huyện, thành phố, thị xã.
        Thời gian qua, một số cán bộ còn đi muộn, về sớm.
        Ủy ban nhân dân tỉnh yêu cầu:
        1. Thủ trưởng các cơ quan chấn chỉnh ngay.
        Nơi nhận:
        - Như trên;
        - Lưu: VT.
        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        Võ Trọng Hải
        """;
    DocumentMetadata m = parser.parse(text).metadata();
    assertThat(m.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Hà Tĩnh");
    assertThat(m.province()).isEqualTo("Hà Tĩnh");
    assertThat(m.symbol()).isEqualTo("45/UBND-VX");
    assertThat(m.type()).isEqualTo("Công văn");
    assertThat(m.date()).isEqualTo(LocalDate.of(2024, 6, 20));
    assertThat(m.recipients())
        .containsExactly(
            "Các sở, ban, ngành cấp tỉnh", "Ủy ban nhân dân các huyện, thành phố, thị xã");
    assertThat(m.signer()).isEqualTo(new Signer("Võ Trọng Hải", "Chủ tịch", "Ủy ban nhân dân"));
  }

  @Test
  void dateLeftBlankIsNoDate() {
    String text =
        """
        TỈNH ỦY NGHỆ AN
        *
        Số 100-CV/TU
        V/v tăng cường kỷ luật
        ĐẢNG CỘNG SẢN VIỆT NAM
        Nghệ An, ngày tháng năm 2024
        Kính gửi: Các huyện ủy, thành ủy, thị ủy.
        Ban Thường vụ Tỉnh ủy yêu cầu:
        1. Thực hiện nghiêm.
        T/M BAN THƯỜNG VỤ
        BÍ THƯ
        (Đã ký)
        Nguyễn Đức Trung
        """;
    DocumentStructure s = parser.parse(text);
    assertThat(s.metadata().date()).isNull();
    assertThat(s.metadata().place()).isEqualTo("Nghệ An");
    assertThat(s.metadata().issuer()).isEqualTo("Tỉnh ủy Nghệ An");
    assertThat(s.metadata().recipients()).containsExactly("Các huyện ủy, thành ủy, thị ủy");
    assertThat(s.metadata().signer())
        .isEqualTo(new Signer("Nguyễn Đức Trung", "Bí thư", "Ban Thường vụ"));
    assertThat(s.warnings()).containsExactly("no date in the header");
  }

  @Test
  void symbolAndDateOnOneLineAndNoSignature() {
    String text =
        """
        ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ
        Số: 907/UBND-NV Thừa Thiên Huế, ngày 25 tháng 01 năm 2022
        V/v đẩy mạnh kỷ cương
        Kính gửi: Các sở, ban, ngành.
        Đề nghị các cơ quan thực hiện.
        """;
    DocumentStructure s = parser.parse(text);
    assertThat(s.metadata().symbol()).isEqualTo("907/UBND-NV");
    assertThat(s.metadata().place()).isEqualTo("Thừa Thiên Huế");
    assertThat(s.metadata().date()).isEqualTo(LocalDate.of(2022, 1, 25));
    assertThat(s.metadata().signer()).isNull();
    assertThat(s.warnings()).containsExactly("no signature block");
  }

  @Test
  void nothingKnownGivesNullsAndWarningsNotGuesses() {
    DocumentStructure s = parser.parse("Đề nghị các cơ quan thực hiện nghiêm túc.\n");
    DocumentMetadata m = s.metadata();
    assertThat(m.type()).isNull();
    assertThat(m.symbol()).isNull();
    assertThat(m.issuer()).isNull();
    assertThat(m.province()).isNull();
    assertThat(m.date()).isNull();
    assertThat(m.signer()).isNull();
    assertThat(s.warnings())
        .contains(
            "no document type in the header",
            "no number-symbol in the header",
            "no issuer in the header",
            "no date in the header",
            "no subject in the header",
            "no signature block");
    assertThat(parser.parse("").warnings()).contains("no issuer in the header");
  }

  @Test
  void provinceInferredFromTheBodySaysSo() {
    String text =
        """
        CHỈ THỊ
        CỦA BAN THƯỜNG VỤ TỈNH ỦY
        Về tăng cường kỷ luật trên địa bàn tỉnh Bắc Ninh
        Trong những năm qua, Báo Bắc Ninh và các cơ quan đã tuyên truyền.
        T/M BAN THƯỜNG VỤ
        PHÓ BÍ THƯ THƯỜNG TRỰC
        Nguyễn Quốc Chung
        """;
    DocumentStructure s = parser.parse(text);
    assertThat(s.metadata().issuer()).isEqualTo("Ban Thường vụ Tỉnh ủy Bắc Ninh");
    assertThat(s.metadata().province()).isEqualTo("Bắc Ninh");
    assertThat(s.warnings()).contains("province inferred from the body: Bắc Ninh");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "T/M BAN THƯỜNG VỤ | PHÓ BÍ THƯ THƯỜNG TRỰC | Phó Bí thư Thường trực | Ban Thường vụ",
        "TM. ỦY BAN NHÂN DÂN | CHỦ TỊCH | Chủ tịch | Ủy ban nhân dân",
        "KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | Phó Chủ tịch | Chủ tịch",
        "TL. BỘ TRƯỞNG | CHÁNH VĂN PHÒNG | Chánh Văn phòng | Bộ trưởng",
        "TUQ. CHỦ TỊCH | CHÁNH VĂN PHÒNG | Chánh Văn phòng | Chủ tịch",
        "'' | CHỦ TỊCH | Chủ tịch | ''",
        "KT.CHỦ TỊCH | PHÓ CHỦ TỊCH THƯỜNG TRỰC | Phó Chủ tịch Thường trực | Chủ tịch",
        "TM. THƯỜNG TRỰC TỈNH ỦY | BÍ THƯ | Bí thư | Thường trực Tỉnh ủy",
        "'' | Q. GIÁM ĐỐC | Q. Giám đốc | ''",
      })
  void signatureBlocks(String prefix, String title, String expectedTitle, String onBehalfOf) {
    String text =
        "Yêu cầu các cơ quan thực hiện nghiêm túc.\n"
            + (prefix.isEmpty() ? "" : prefix + "\n")
            + title
            + "\n[Seal]\nNguyễn Văn Phương\n";
    Signer signer = parser.parse(text).metadata().signer();
    assertThat(signer)
        .isEqualTo(
            new Signer(
                "Nguyễn Văn Phương", expectedTitle, onBehalfOf.isEmpty() ? null : onBehalfOf));
  }

  @Test
  void signatureBeforeTheDistributionList() {
    String text =
        """
        Yêu cầu các cơ quan thực hiện nghiêm túc./.
        CHỦ TỊCH
        NGUYỄN VĂN PHƯƠNG
        Nơi nhận:
        - Như trên;
        - Lưu: VT.
        """;
    assertThat(parser.parse(text).metadata().signer())
        .isEqualTo(new Signer("Nguyễn Văn Phương", "Chủ tịch", null));
  }

  @Test
  void departmentUnderItsProvince() {
    String text =
        """
        UBND TỈNH HÀ TĨNH
        SỞ NỘI VỤ
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 88/SNV-CCVC
        Hà Tĩnh, ngày
        15/4/2025
        V/v kiểm tra công vụ
        Kính gửi: Ủy ban nhân dân các huyện, thành phố, thị xã.
        Sở Nội vụ đề nghị:
        1. Tự kiểm tra.
        KT. GIÁM ĐỐC
        PHÓ GIÁM ĐỐC
        Phan Thị Hoa
        """;
    DocumentMetadata m = parser.parse(text).metadata();
    assertThat(m.issuer()).isEqualTo("Sở Nội vụ");
    assertThat(m.province()).isEqualTo("Hà Tĩnh");
    assertThat(m.symbol()).isEqualTo("88/SNV-CCVC");
    assertThat(m.type()).isEqualTo("Công văn");
    assertThat(m.date()).as("date split over lines").isEqualTo(LocalDate.of(2025, 4, 15));
    assertThat(m.signer()).isEqualTo(new Signer("Phan Thị Hoa", "Phó Giám đốc", "Giám đốc"));
  }

  @Test
  void centralPartyDirectiveWithTitleAndIssuerOnOneLine() {
    String text =
        """
        HỎA TỐC
        BAN CHẤP HÀNH TRUNG ƯƠNG
        *
        Số 05-CT/TW
        ĐẢNG CỘNG SẢN VIỆT NAM
        Hà Nội, ngày 15 tháng 5 năm 2016
        CHỈ THỊ CỦA BỘ CHÍNH TRỊ
        về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
        Thời gian qua, việc học tập và làm theo tư tưởng Hồ Chí Minh có chuyển biến ở Hà Nội.
        Bộ Chính trị yêu cầu:
        1. Các cấp ủy thực hiện.
        T/M BỘ CHÍNH TRỊ
        TỔNG BÍ THƯ
        Nguyễn Phú Trọng
        """;
    DocumentStructure s = parser.parse(text);
    DocumentMetadata m = s.metadata();
    assertThat(m.type()).isEqualTo("Chỉ thị");
    assertThat(m.symbol()).isEqualTo("05-CT/TW");
    assertThat(m.issuer()).isEqualTo("Bộ Chính trị");
    assertThat(m.province()).as("national: no province, none inferred").isNull();
    assertThat(m.subject()).startsWith("về đẩy mạnh").endsWith("Hồ Chí Minh");
    assertThat(m.signer()).isEqualTo(new Signer("Nguyễn Phú Trọng", "Tổng Bí thư", "Bộ Chính trị"));
    assertThat(s.warnings()).isEmpty();
  }

  @Test
  void standingCommitteeNamedWithoutItsCommittee() {
    String text =
        """
        TỈNH ỦY HÀ TĨNH
        *
        Số 29-KL/TU
        KẾT LUẬN
        CỦA BAN THƯỜNG VỤ
        về tiếp tục siết chặt kỷ luật, kỷ cương hành chính
        Thời gian qua, các cơ quan đã thực hiện tốt.
        """;
    DocumentMetadata m = parser.parse(text).metadata();
    assertThat(m.issuer()).isEqualTo("Ban Thường vụ Tỉnh ủy Hà Tĩnh");
    assertThat(m.province()).isEqualTo("Hà Tĩnh");
    assertThat(m.type()).isEqualTo("Kết luận");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Hà Tĩnh, ngày 16 tháng 02 năm 2023 | Hà Tĩnh | 2023-02-16",
        "Thừa Thiên Huế, ngày 25 tháng 01 năm 2022 | Thừa Thiên Huế | 2022-01-25",
        "TP. Hồ Chí Minh, ngày 05/9/2016 | TP. Hồ Chí Minh | 2016-09-05",
        "Thành phố Hồ Chí Minh, ngày 5 tháng 9 năm 2016 | Thành phố Hồ Chí Minh | 2016-09-05",
        "Bà Rịa-Vũng Tàu, ngày 01 tháng 6 năm 2020 | Bà Rịa-Vũng Tàu | 2020-06-01",
        "Hà Nội, ngày … tháng … năm 2024 | Hà Nội | ''",
      })
  void placeAndDateLines(String line, String place, String date) {
    DocumentMetadata m = parser.parse("BỘ NỘI VỤ\n" + line + "\nV/v: thử\n").metadata();
    assertThat(m.place()).isEqualTo(place);
    assertThat(m.date()).isEqualTo(date.isEmpty() ? null : LocalDate.parse(date));
    assertThat(m.subject()).isEqualTo("V/v: thử");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a body sentence with a comma before ngày is no date line
        "Hà Tĩnh, ngày càng phát triển.",
        "Số liệu cho thấy nhiều vi phạm.",
      })
  void bodySentencesAreNotHeaderFields(String line) {
    DocumentStructure s = parser.parse("BỘ NỘI VỤ\n" + line + "\n");
    assertThat(s.metadata().place()).isNull();
    assertThat(s.metadata().symbol()).isNull();
    assertThat(s.outline().get(0).kind()).isEqualTo("header");
    assertThat(s.outline().get(1).heading()).isEqualTo(line);
  }

  @Test
  void anIncomingStampIsNotTheDocumentsNumberOrDate() {
    String text =
        """
        CÔNG VĂN ĐẾN
        Số: 4521
        Ngày: 04/5/2026
        BỘ CÔNG AN
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 5689/BCA-C04
        Hà Nội, ngày 16 tháng 12 năm 2025
        V/v triển khai kế hoạch
        Kính gửi: Ủy ban nhân dân các tỉnh.
        """;
    var d = parser.parse(text).metadata();
    assertThat(d.symbol()).isEqualTo("5689/BCA-C04");
    assertThat(d.date()).isEqualTo(java.time.LocalDate.of(2025, 12, 16));
    assertThat(d.issuer()).isEqualTo("Bộ Công an");
  }

  @Test
  void ocrDamagedTwoLevelHeaderOfAGeneralDepartment() {
    // A scan's text layer: the parent body, then the own body with tones lost and a letter
    // misread, the motto with a damaged tone run into the columns, debris where the number was.
    String text =
        """
        BỘ TÀI CHÍNH CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        TONG CYC THUE Độc lập - Tự do - Hanh phúc
        SỐ: }40F /TCT-TTKT Hà Nội, ngày 12 tháng 3 năm 2020
        V/v tăng cường công tác thanh tra, kiểm tra
        Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.
        Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố thực hiện một số nội dung sau.
        """;
    DocumentMetadata m = parser.parse(text).metadata();
    assertThat(m.issuer()).isEqualTo("Tổng cục Thuế");
    assertThat(m.province()).isNull();
    assertThat(m.symbol()).as("a number behind OCR debris is not guessed").isNull();
    assertThat(m.date()).isEqualTo(LocalDate.of(2020, 3, 12));
    assertThat(m.type()).isEqualTo("Công văn");
  }

  @Test
  void ocrDamagedMottoIsNotPartOfTheIssuer() {
    String text =
        """
        ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ N ÉT NAM
        TỈNH LÂM ĐỒNG Tự do - Hạnh phúc
        Số: 493/TB-UBND Lâm Đồng, ngày 13 tháng 11 năm 2025
        THÔNG BÁO
        Kết luận của Chủ tịch Ủy ban nhân dân tỉnh
        Ngày 10/11/2025, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp.
        """;
    DocumentMetadata m = parser.parse(text).metadata();
    assertThat(m.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Lâm Đồng");
    assertThat(m.province()).isEqualTo("Lâm Đồng");
    assertThat(m.symbol()).isEqualTo("493/TB-UBND");
  }

  @Test
  void ocrDamagedSignatureBesideTheDistributionList() {
    // A scan's signature column read onto the distribution lines, with OCR debris between the
    // columns, the heading misread, and the family name's marks lost.
    String text =
        """
        BỘ TÀI CHÍNH
        TỔNG CỤC THUẾ
        Số: 1046/TCT-TTKT
        Hà Nội, ngày 12 tháng 3 năm 2020
        V/v tăng cường công tác thanh tra
        Kính gửi: Cục Thuế các tỉnh, thành phố.
        Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố thực hiện.
        Noi nhận:} - KT. TỔNG CỤC TRƯỞNG
        - Như trên; = ` PHÓ TỔNG CỤC TRƯỞNG
        - Lưu: VT, TTKT.
        Dang! Ngọc Minh
        """;
    Signer signer = parser.parse(text).metadata().signer();
    assertThat(signer.name()).isEqualTo("Đặng Ngọc Minh");
    assertThat(signer.onBehalfOf()).isEqualTo("Tổng cục trưởng");
  }

  @Test
  void titleAndNameFlattenedAfterADistributionItem() {
    String text =
        """
        VĂN PHÒNG CHÍNH PHỦ
        Số: 2739/VPCP-ĐMDN
        Hà Nội, ngày 05 tháng 4 năm 2019
        V/v quản trị doanh nghiệp
        Kính gửi: Bộ Tài chính.
        Văn phòng Chính phủ xin thông báo ý kiến chỉ đạo.
        Nơi nhận:
        - Như trên;
        - Lưu: VT, ĐMDN (2b). BỘ TRƯỞNG, CHỦ NHIỆM Nguyễn Văn An
        """;
    assertThat(parser.parse(text).metadata().signer().name()).isEqualTo("Nguyễn Văn An");
  }

  @Test
  void aTitleOcrMadeIntoNameWordsIsNoName() {
    String text =
        """
        BỘ CÔNG AN
        Số: 5689/BCA-C04
        Hà Nội, ngày 16 tháng 12 năm 2025
        V/v triển khai chương trình
        Kính gửi: Ủy ban nhân dân các tỉnh.
        Bộ Công an đề nghị các địa phương thực hiện.
        Nơi nhận: KT. BỘ TRƯỞNG
        - Như trên; _ . THỨ TRƯỜNG
        - Lưu: VT, C04.
        Thượng tướng Nguyên Văn Long
        """;
    assertThat(parser.parse(text).metadata().signer().name()).isEqualTo("Nguyễn Văn Long");
  }

  @Test
  void headerTableDrawnAfterTheTitleAndPreamble() {
    // A PDF whose content stream draws the header table after the title, the subject and the
    // preamble; the enacting words "QUYẾT ĐỊNH:" open the body and are no part of the issuer.
    String text =
        """
        QUYẾT ĐỊNH
        Về việc công bố danh mục thủ tục hành chính mới ban hành
        CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;
        ỦY BAN NHÂN DÂN
        TỈNH LAI CHÂU
        Số: 1234/QĐ-UBND
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Lai Châu, ngày 15 tháng 9 năm 2025
        QUYẾT ĐỊNH:
        Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.
        """;
    DocumentMetadata m = parser.parse(text).metadata();
    assertThat(m.type()).isEqualTo("Quyết định");
    assertThat(m.subject()).isEqualTo("Về việc công bố danh mục thủ tục hành chính mới ban hành");
    assertThat(m.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Lai Châu");
    assertThat(m.symbol()).isEqualTo("1234/QĐ-UBND");
  }

  @Test
  void handwrittenNumberReadFromTheAppendixHeadingThatNamesTheDocument() {
    String text =
        """
        BỘ CÔNG AN
        Số:69đ /BCA-C04
        Hà Nội, ngày tháng 12 năm 2025
        V/v dự kiến kế hoạch đầu tư công
        Kính gửi: Ủy ban nhân dân các tỉnh.
        Bộ Công an đề nghị các địa phương thực hiện.
        Nơi nhận:
        - Như trên;
        KT. BỘ TRƯỞNG
        THỨ TRƯỞNG
        Nguyễn Văn An
        DANH SÁCH
        (Kèm theo Công văn số: 4321/BCA-C01 ngày 02 tháng 12 năm 2025)
        (Kèm theo Công văn số: 5689/BCA-C04 ngày 16 tháng 12 năm 2025)
        1. UBND tỉnh Tuyên Quang
        """;
    DocumentStructure s = parser.parse(text);
    assertThat(s.metadata().symbol()).as("the heading whose issuer and unit match").isEqualTo("5689/BCA-C04");
    assertThat(s.metadata().date()).isEqualTo(LocalDate.of(2025, 12, 16));
    assertThat(s.warnings()).contains("number-symbol unreadable in the header; read from the appendix heading");
  }

  @Test
  void anAppendixHeadingOfAnotherIssuerIsNotTheDocumentsNumber() {
    String text =
        """
        BỘ CÔNG AN
        Số:69đ /BCA-C04
        Hà Nội, ngày 16 tháng 12 năm 2025
        V/v dự kiến kế hoạch đầu tư công
        Kính gửi: Ủy ban nhân dân các tỉnh.
        Bộ Công an đề nghị các địa phương thực hiện.
        (Kèm theo Quyết định số 7619/QĐ-BCA ngày 08 tháng 9 năm 2025)
        """;
    assertThat(parser.parse(text).metadata().symbol()).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // one name wrapped over two lines, not a parent body and its own
        "ỦY BAN THƯỜNG VỤ\\nQUỐC HỘI | Ủy ban Thường vụ Quốc hội",
        // an organ of the Central Committee is named after it
        "BAN CHẤP HÀNH TRUNG ƯƠNG\\nVĂN PHÒNG | Văn phòng Trung ương Đảng",
        // an organ of a provincial committee keeps the committee's name
        "THÀNH ỦY HÀ NỘI\\nBAN TỔ CHỨC | Ban tổ chức Thành ủy Hà Nội",
        // OCR mixed the case of the first line and glued two words
        "Bộ YTÉ | Bộ Y tế"
      })
  void issuerColumnShapes(String column, String issuer) {
    String text =
        column.replace("\\n", "\n")
            + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            + "Số: 12/HD-VP\nHà Nội, ngày 05 tháng 3 năm 2024\nV/v thể thức văn bản\n"
            + "Kính gửi: Các cơ quan.\nĐề nghị các cơ quan thực hiện.\n";
    assertThat(parser.parse(text).metadata().issuer()).isEqualTo(issuer);
  }
}
