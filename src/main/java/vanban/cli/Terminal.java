package vanban.cli;

import vanban.model.Span;
import vanban.model.Snippet;

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
    for (Span h : mergeAdjacent(text, snippet.highlights())) {
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

  /** Highlights separated only by spaces read as one: «kỷ luật», not «kỷ» «luật». */
  private static java.util.List<Span> mergeAdjacent(String text, java.util.List<Span> spans) {
    java.util.List<Span> out = new java.util.ArrayList<>();
    for (Span s : spans) {
      if (!out.isEmpty()) {
        Span last = out.get(out.size() - 1);
        if (last.end() <= s.start()
            && s.start() <= text.length()
            && text.substring(last.end(), s.start()).isBlank()) {
          out.set(out.size() - 1, new Span(last.start(), s.end()));
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }
}
