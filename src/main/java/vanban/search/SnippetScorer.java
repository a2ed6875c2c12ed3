package vanban.search;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import vanban.normalize.VietnameseNormalizer;

/**
 * Scores passages as Lucene's BM25-like {@link PassageScorer} does, times the number of distinct
 * query words the passage matches.
 *
 * <p>Without that factor an early header line holding one common word ({@code tháng} of the date
 * line) beats the sentence holding the whole query ({@code hằng tháng}), because the default
 * scorer favours passages near the start. A word matched in both the exact and the folded field
 * counts once: terms are compared by their folded key.
 */
final class SnippetScorer extends PassageScorer {

  @Override
  public float score(Passage passage, int contentLength) {
    float base = super.score(passage, contentLength);
    Set<String> words = new HashSet<>();
    for (int i = 0; i < passage.getNumMatches(); i++) {
      // Terms are analyzed already (lower case, one tone placement): stripping the marks folds them,
      // without running the folding analyzer for every match of every passage.
      words.add(VietnameseNormalizer.stripDiacritics(passage.getMatchTerms()[i].utf8ToString()));
    }
    return base * Math.max(1, words.size());
  }
}
