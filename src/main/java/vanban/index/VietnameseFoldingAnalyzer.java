package vanban.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of the folded field: words without diacritics, lower-cased, {@code đ} as {@code d},
 * so {@code ky luat} matches {@code kỷ luật}.
 *
 * <p>Chain: the char filters of {@link VietnameseAnalyzer} (NFC, look-alike {@code đ}) →
 * {@link StandardTokenizer} → {@link ICUFoldingFilter} (case, diacritics, {@code đ → d}; tone
 * placement no longer matters once the marks are gone).
 */
public final class VietnameseFoldingAnalyzer extends Analyzer {

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return VietnameseAnalyzer.normalizeChars(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return VietnameseAnalyzer.normalizeChars(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ICUFoldingFilter(in);
  }
}
