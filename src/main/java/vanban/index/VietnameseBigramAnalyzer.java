package vanban.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;

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
 *
 * <p>It wraps {@link VietnameseAnalyzer} (Lucene's {@link AnalyzerWrapper}), so the syllables are
 * the exact field's by construction; a no-argument class, as the Solr schema names it.
 */
public final class VietnameseBigramAnalyzer extends AnalyzerWrapper {
  private final Analyzer syllables = new VietnameseAnalyzer();

  public VietnameseBigramAnalyzer() {
    super(GLOBAL_REUSE_STRATEGY);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return syllables;
  }

  @Override
  protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
    ShingleFilter pairs = new ShingleFilter(components.getTokenStream(), 2, 2);
    pairs.setOutputUnigrams(false);
    return new TokenStreamComponents(components.getSource(), pairs);
  }
}
