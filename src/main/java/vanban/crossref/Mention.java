package vanban.crossref;

import vanban.model.Citation;
import java.util.List;
import vanban.model.Span;
import vanban.model.Snippet;

/**
 * One place a document cites an instrument.
 *
 * @param source the citing document
 * @param citation the citation as extracted
 * @param sentence the sentence that holds it, one line
 * @param highlight where the mention is within {@code sentence}
 */
public record Mention(String source, Citation citation, String sentence, Span highlight) {
  /** Characters of context kept on each side of a mention in its {@link #clause()}. */
  private static final int CONTEXT = 160;

  /**
   * The part of the citing sentence a reader needs: the {@code ;}-separated clause holding the
   * mention (these sentences often list a dozen instruments), cut to a window around it if still
   * long: what {@code vanban cites} and the web's "cited by" page show.
   */
  public Snippet clause() {
    String s = sentence;
    Span h = highlight;
    if (h.end() > s.length()) {
      return new Snippet(s, List.of());
    }
    int start = s.lastIndexOf(';', Math.max(0, h.start() - 1)) + 1;
    int end = s.indexOf(';', h.end());
    end = end < 0 ? s.length() : end + 1;
    start = Math.max(start, h.start() - CONTEXT);
    end = Math.min(end, h.end() + CONTEXT);
    while (start > 0 && start < h.start() && !Character.isWhitespace(s.charAt(start - 1))) {
      start++;
    }
    while (end < s.length() && end > h.end() && !Character.isWhitespace(s.charAt(end))) {
      end--;
    }
    String body = s.substring(start, end);
    String stripped = body.strip();
    int lead = body.length() - body.stripLeading().length();
    String prefix = start > 0 ? "… " : "";
    String suffix = end < s.length() ? " …" : "";
    int offset = prefix.length() - start - lead;
    int hs = Math.max(0, h.start() + offset);
    int he = Math.min(prefix.length() + stripped.length(), h.end() + offset);
    List<Span> marks = he > hs ? List.of(new Span(hs, he)) : List.of();
    return new Snippet(prefix + stripped + suffix, marks);
  }
}

