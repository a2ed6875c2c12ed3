package vanban.cli;

import vanban.model.Span;
import vanban.search.Snippet;

/**
 * How highlights look in the output: ANSI bold on a terminal, {@code «…»} when the output is a
 * pipe or a file (so it stays readable and greppable).
 */
record Terminal(boolean ansi) {
  static Terminal detect() {
    return new Terminal(System.console() != null && System.getenv("NO_COLOR") == null);
  }

  String bold(String s) {
    return ansi ? "\u001b[1m" + s + "\u001b[0m" : s;
  }

  String highlight(Snippet snippet) {
    String text = snippet.text();
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Span h : snippet.highlights()) {
      if (h.start() < at || h.end() > text.length()) {
        continue;
      }
      out.append(text, at, h.start());
      out.append(ansi ? "\u001b[1;33m" : "«");
      out.append(text, h.start(), h.end());
      out.append(ansi ? "\u001b[0m" : "»");
      at = h.end();
    }
    out.append(text.substring(at));
    return out.toString().replace('\n', ' ');
  }
}
