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
    // The analyzers' NFC char filter runs first, so the term is NFC: fold it where it lies.
    VietnameseNormalizer.foldTonePlacement(term.buffer(), term.length());
    return true;
  }
}
