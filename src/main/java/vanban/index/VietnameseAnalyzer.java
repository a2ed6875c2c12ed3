package vanban.index;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of the exact field: NFC, then words, lower-cased, with one tone placement; the
 * diacritics stay, so {@code kỷ} is not {@code ky}.
 *
 * <p>Chain: NFC char filter (NFD input matches NFC text) → look-alike letters mapped to
 * {@code Đ}/{@code đ} → {@link StandardTokenizer} → {@link LowerCaseFilter} →
 * {@link TonePlacementFilter} ({@code hoá} = {@code hóa}).
 */
public final class VietnameseAnalyzer extends Analyzer {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  /**
   * Letters converters and keyboards put where Vietnamese {@code Đ}/{@code đ} belongs: Icelandic
   * eth ({@code Ð} U+00D0, {@code ð} U+00F0) and African D ({@code Ɖ} U+0189, {@code ɖ} U+0256).
   */
  private static final NormalizeCharMap D_LOOKALIKES;

  static {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    map.add("\u00d0", "\u0110");
    map.add("\u00f0", "\u0111");
    map.add("\u0189", "\u0110");
    map.add("\u0256", "\u0111");
    D_LOOKALIKES = map.build();
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return normalizeChars(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return normalizeChars(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new TonePlacementFilter(new LowerCaseFilter(tokenizer));
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new TonePlacementFilter(new LowerCaseFilter(in));
  }

  /** The char filters both Vietnamese analyzers start with: NFC, then look-alike {@code đ}. */
  static Reader normalizeChars(Reader reader) {
    return new MappingCharFilter(D_LOOKALIKES, new ICUNormalizer2CharFilter(reader, NFC));
  }
}
