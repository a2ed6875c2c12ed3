package vanban.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of the syllable-pair field: the exact field's syllables ({@link VietnameseAnalyzer}:
 * NFC, lower case, one tone placement, diacritics kept), then each pair of neighbours as one term
 * ({@code chế độ báo cáo} → {@code chế độ}, {@code độ báo}, {@code báo cáo}).
 *
 * <p>Vietnamese words are one to four syllables, most often two, so a pair is the closest thing to
 * a word the index can hold without a dictionary. The field serves two readers: the ranking, where
 * a pair of query syllables found as a term is worth more than each syllable alone ({@code đội ngũ
 * báo cáo viên} against documents full of {@code báo cáo}), at the cost of a term lookup instead of
 * a phrase query; and the restoring of diacritics ({@code vanban.search.DiacriticRestorer}), which
 * counts how many documents hold each accented pair.
 */
public final class VietnameseBigramAnalyzer extends Analyzer {

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return VietnameseAnalyzer.normalizeChars(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    ShingleFilter pairs = new ShingleFilter(new TonePlacementFilter(new LowerCaseFilter(tokenizer)), 2, 2);
    pairs.setOutputUnigrams(false);
    return new TokenStreamComponents(tokenizer, pairs);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new TonePlacementFilter(new LowerCaseFilter(in));
  }
}
