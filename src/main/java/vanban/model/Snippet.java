package vanban.model;

import java.util.List;

/**
 * A short passage of a document's text with the matched words marked; the renderer decides how
 * to show them (ANSI colour in a terminal, {@code <mark>} on the web).
 *
 * @param text the passage on one line: whitespace collapsed, {@code …} where it was cut
 * @param highlights {@code [start, end)} offsets of matches into {@code text}, sorted, disjoint
 */
public record Snippet(String text, List<Span> highlights) {
  public Snippet {
    highlights = List.copyOf(highlights);
  }
}
