package vanban.index;

import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Fixed cases and random input for both Vietnamese analyzers (JUnit 4, run by the vintage engine). */
public class VietnameseAnalyzerTest extends BaseTokenStreamTestCase {

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  public void testExactKeepsDiacriticsAndLowerCases() throws Exception {
    try (Analyzer a = new VietnameseAnalyzer()) {
      assertAnalyzesTo(a, "Kỷ luật, kỷ cương", new String[] {"kỷ", "luật", "kỷ", "cương"});
      assertAnalyzesTo(a, "ky luat", new String[] {"ky", "luat"});
      assertAnalyzesTo(a, "ĐẢNG Đảng đảng dang", new String[] {"đảng", "đảng", "đảng", "dang"});
    }
  }

  public void testExactNfdMatchesNfc() throws Exception {
    try (Analyzer a = new VietnameseAnalyzer()) {
      assertAnalyzesTo(a, nfd("Kỷ luật Đảng"), new String[] {"kỷ", "luật", "đảng"});
      assertAnalyzesTo(a, nfd("chuyển hoá"), new String[] {"chuyển", "hóa"});
    }
  }

  public void testExactUnifiesTonePlacement() throws Exception {
    try (Analyzer a = new VietnameseAnalyzer()) {
      assertAnalyzesTo(a, "hoá hóa", new String[] {"hóa", "hóa"});
      assertAnalyzesTo(a, "Uỷ ban Ủy ban", new String[] {"ủy", "ban", "ủy", "ban"});
      assertAnalyzesTo(a, "thuỷ thủy khoẻ hoà", new String[] {"thủy", "thủy", "khỏe", "hòa"});
      // qu- is a consonant: quý keeps its mark; a final consonant or vowel keeps it on the second.
      assertAnalyzesTo(a, "quý quỳ hoàng toán khuyến oái", new String[] {
          "quý", "quỳ", "hoàng", "toán", "khuyến", "oái"});
    }
  }

  public void testLookalikeEth() throws Exception {
    try (Analyzer a = new VietnameseAnalyzer()) {
      assertAnalyzesTo(a, "\u00d0ảng", new String[] {"đảng"});
    }
    try (Analyzer a = new VietnameseFoldingAnalyzer()) {
      assertAnalyzesTo(a, "\u00d0ảng", new String[] {"dang"});
    }
  }

  public void testSymbolsSplitIntoParts() throws Exception {
    try (Analyzer a = new VietnameseAnalyzer()) {
      assertAnalyzesTo(a, "Chỉ thị số 26/CT-TTg", new String[] {"chỉ", "thị", "số", "26", "ct", "ttg"});
      assertAnalyzesTo(a, "48/2018/QĐ-UBND", new String[] {"48", "2018", "qđ", "ubnd"});
    }
    try (Analyzer a = new VietnameseFoldingAnalyzer()) {
      assertAnalyzesTo(a, "48/2018/QĐ-UBND", new String[] {"48", "2018", "qd", "ubnd"});
    }
  }

  public void testFoldedRemovesDiacritics() throws Exception {
    try (Analyzer a = new VietnameseFoldingAnalyzer()) {
      assertAnalyzesTo(a, "Kỷ luật", new String[] {"ky", "luat"});
      assertAnalyzesTo(a, nfd("Kỷ luật"), new String[] {"ky", "luat"});
      assertAnalyzesTo(a, "Đảng đảng dang", new String[] {"dang", "dang", "dang"});
      assertAnalyzesTo(a, "hoá hóa uỷ ủy quý", new String[] {"hoa", "hoa", "uy", "uy", "quy"});
      assertAnalyzesTo(a, "Thừa Thiên Huế", new String[] {"thua", "thien", "hue"});
    }
  }

  public void testOffsetsPointIntoOriginalText() throws Exception {
    try (Analyzer a = new VietnameseAnalyzer()) {
      String text = nfd("kỷ luật");
      assertAnalyzesTo(a, text, new String[] {"kỷ", "luật"},
          new int[] {0, text.indexOf(' ') + 1}, new int[] {text.indexOf(' '), text.length()});
    }
  }

  public void testNormalizeForMultiTermQueries() {
    try (Analyzer a = new VietnameseAnalyzer(); Analyzer f = new VietnameseFoldingAnalyzer()) {
      assertEquals("hóa", a.normalize("text", "HOÁ").utf8ToString());
      assertEquals("hoa", f.normalize("text_folded", nfd("HOÁ")).utf8ToString());
    }
  }

  public void testRandomExact() throws Exception {
    try (Analyzer a = new VietnameseAnalyzer()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomFolded() throws Exception {
    try (Analyzer a = new VietnameseFoldingAnalyzer()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }
}
