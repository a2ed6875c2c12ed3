package vanban.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import vanban.model.Snippet;
import vanban.model.Span;

/**
 * Makes a {@link Snippet} of the best passage the UnifiedHighlighter found: at most about
 * {@link #TARGET_LENGTH} characters around the first match, on one line, matches as spans.
 */
final class SnippetFormatter extends PassageFormatter {
  /** How long a snippet aims to be; a longer passage is cut around its first match. */
  static final int TARGET_LENGTH = 200;

  private static final String ELLIPSIS = "…";

  @Override
  public Object format(Passage[] passages, String content) {
    if (passages.length == 0) {
      return null;
    }
    Passage best = passages[0];
    List<int[]> matches = new ArrayList<>();
    for (int i = 0; i < best.getNumMatches(); i++) {
      matches.add(new int[] {best.getMatchStarts()[i], best.getMatchEnds()[i]});
    }
    return snippet(content, best.getStartOffset(), best.getEndOffset(), matches);
  }

  /** The first sentence of {@code text}, cut to about {@link #TARGET_LENGTH}; nothing marked. */
  static Snippet firstSentence(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start == text.length()) {
      return new Snippet("", List.of());
    }
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(text);
    int end = sentences.following(start);
    if (end == BreakIterator.DONE) {
      end = text.length();
    }
    return snippet(text, start, end, List.of());
  }

  /**
   * The passage {@code [start, end)} of {@code content} with {@code matches} (content offsets) as
   * spans: cut to a window around the first match when too long, whitespace collapsed.
   */
  static Snippet snippet(String content, int start, int end, List<int[]> matches) {
    List<int[]> sorted = new ArrayList<>();
    for (int[] m : matches) {
      if (m[0] < m[1] && m[0] >= start && m[1] <= end) {
        sorted.add(m);
      }
    }
    sorted.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    int from = start;
    int to = end;
    if (to - from > TARGET_LENGTH) {
      int anchor = sorted.isEmpty() ? from : sorted.get(0)[0];
      from = Math.max(start, anchor - TARGET_LENGTH / 4);
      to = Math.min(end, from + TARGET_LENGTH);
      from = wordStart(content, from, start);
      to = wordEnd(content, to, end);
    }
    boolean cutBefore = from > start;
    boolean cutAfter = to < end;

    StringBuilder out = new StringBuilder();
    int[] position = new int[to - from + 1];
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = content.charAt(i);
      boolean white = Character.isWhitespace(c) || c == '\u00a0';
      if (white) {
        space = out.length() > 0;
        position[i - from] = out.length();
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      position[i - from] = out.length();
      out.append(c);
    }
    position[to - from] = out.length();
    int shift = 0;
    if (cutBefore) {
      out.insert(0, ELLIPSIS + " ");
      shift = ELLIPSIS.length() + 1;
    }
    if (cutAfter) {
      out.append(' ').append(ELLIPSIS);
    }
    // Matches of the exact and the folded field overlap: merge them into disjoint spans.
    List<Span> spans = new ArrayList<>();
    for (int[] m : sorted) {
      int s = Math.max(m[0], from);
      int e = Math.min(m[1], to);
      if (s >= e) {
        continue;
      }
      int a = position[s - from] + shift;
      // End after the match's last character, not at a collapsed space after it.
      int b = position[e - 1 - from] + 1 + shift;
      if (a >= b) {
        continue;
      }
      Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
      if (last != null && a <= last.end()) {
        spans.set(spans.size() - 1, new Span(last.start(), Math.max(last.end(), b)));
      } else {
        spans.add(new Span(a, b));
      }
    }
    return new Snippet(out.toString(), spans);
  }

  private static int wordStart(String content, int i, int floor) {
    int j = i;
    while (j > floor && !Character.isWhitespace(content.charAt(j - 1))) {
      j--;
    }
    return i - j > 20 ? i : j;
  }

  private static int wordEnd(String content, int i, int ceiling) {
    int j = i;
    while (j < ceiling && !Character.isWhitespace(content.charAt(j))) {
      j++;
    }
    return j - i > 20 ? i : j;
  }
}
