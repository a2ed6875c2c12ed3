package vanban.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vanban.normalize.VietnameseNormalizer;

/**
 * Unifies the two tone-placement conventions of Vietnamese ({@code hoá} and {@code hóa} become
 * {@code hóa}, {@code uỷ} becomes {@code ủy}, {@code quý} stays) with the normalizer's rule,
 * {@link VietnameseNormalizer#foldTonePlacement}, so index terms and normalized text agree.
 */
public final class TonePlacementFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public TonePlacementFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (mayCarryToneMark(term.buffer(), term.length())) {
      String folded = VietnameseNormalizer.foldTonePlacement(term.toString());
      if (!folded.contentEquals(term)) {
        term.setEmpty().append(folded);
      }
    }
    return true;
  }

  /** Plain ASCII words (most tokens of numbers and codes) cannot change: skip the string work. */
  private static boolean mayCarryToneMark(char[] buffer, int length) {
    for (int i = 0; i < length; i++) {
      if (buffer[i] >= '\u00c0') {
        return true;
      }
    }
    return false;
  }
}
