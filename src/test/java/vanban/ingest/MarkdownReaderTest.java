package vanban.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

  @Test
  void frontMatterIsTheConvertersNotTheDocuments() {
    String md = "---\ntitle: \"CV 2018\"\ncategory: \"VAT\"\n---\n\nBỘ TÀI CHÍNH\n\nSố: 4674/BTC-CST\n";
    assertThat(MarkdownReader.read(md)).isEqualTo("BỘ TÀI CHÍNH\n\nSố: 4674/BTC-CST");
  }

  @Test
  void pipeTableCellsStayApart() {
    String md =
        "| **BỘ TÀI CHÍNH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n"
            + "|---|---|\n"
            + "| Số: 4674/BTC-CST | *Hà Nội, ngày 23 tháng 4 năm 2018* |\n";
    assertThat(MarkdownReader.read(md).lines().filter(l -> !l.isBlank()))
        .containsExactly(
            "BỘ TÀI CHÍNH",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Số: 4674/BTC-CST",
            "Hà Nội, ngày 23 tháng 4 năm 2018");
  }

  @Test
  void pandocTableReadsColumnByColumn() {
    String md =
        "  ----------------------- -----------------------------------------------\n"
            + "    **ỦY BAN THƯỜNG VỤ\\        **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\\n"
            + "         QUỐC HỘI\\                 Độc lập - Tự do - Hạnh phúc\\\n"
            + "     \\-\\-\\-\\-\\--**            \\-\\-\\-\\-\\-\\--**\n"
            + "\n"
            + "   Số: 1673/NQ-UBTVQH15         *Hà Nội, ngày 16 tháng 6 năm 2025*\n"
            + "  ----------------------- -----------------------------------------------\n"
            + "\n**NGHỊ QUYẾT**\n";
    assertThat(MarkdownReader.read(md).lines().filter(l -> !l.isBlank()))
        .containsExactly(
            "ỦY BAN THƯỜNG VỤ",
            "QUỐC HỘI",
            "------",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "-------",
            "Số: 1673/NQ-UBTVQH15",
            "Hà Nội, ngày 16 tháng 6 năm 2025",
            "NGHỊ QUYẾT");
  }

  @Test
  void indentationIsLayoutAndPageMarkersGo() {
    String md = "Căn cứ Luật\n\n        Số: 12/CT-UBND\n\n--- PAGE 2 ---\n\n1. Một\n2. Hai\n\n- Ba\n";
    assertThat(MarkdownReader.read(md).lines().filter(l -> !l.isBlank()))
        .containsExactly("Căn cứ Luật", "Số: 12/CT-UBND", "1. Một", "2. Hai", "- Ba");
  }

  @Test
  void pandocGridTableReadsCellByCell() {
    String md =
        "+----------------+:------------------------:+\n"
            + "| *Nơi nhận:*    | *TM. ỦY BAN THƯỜNG VỤ\\   |\n"
            + "| - Chính phủ;\\  | CHỦ TỊCH\\                 |\n"
            + "|                | Trần Thanh Mẫn           |\n"
            + "+----------------+--------------------------+\n";
    assertThat(MarkdownReader.read(md).lines().filter(l -> !l.isBlank()))
        .containsExactly(
            "Nơi nhận:", "- Chính phủ;", "TM. ỦY BAN THƯỜNG VỤ", "CHỦ TỊCH", "Trần Thanh Mẫn");
  }
}
