package vanban.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Unifies the two tone-placement conventions of Vietnamese ({@code hoá} and {@code hóa} become
 * {@code hóa}); expects lower-case NFC tokens.
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
    TonePlacement.fold(term.buffer(), term.length());
    return true;
  }
}
