package vanban.crossref;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import vanban.json.Json;
import vanban.model.Citation;
import vanban.model.Span;
import vanban.segment.SentenceSegmenter;
import vanban.segment.TextUnit;

/**
 * The sentence around each citation of a document, as a {@code cites} answer shows it: computed
 * once when the document is indexed and stored beside its record, so an answer listing citing
 * documents neither reads their texts nor segments them.
 */
public final class CitingSentences {
  /** A citation's sentence, on one line, and where the mention is within it. */
  public record Sentence(String text, Span highlight) {}

  private CitingSentences() {}

  /**
   * The sentence of each of {@code citations}, in order, in the normalized {@code text}. Only the
   * lines holding a citation are segmented (sentences never cross a line break): segmenting whole
   * texts at indexing cost a third of a build's time.
   */
  public static List<Sentence> of(List<Citation> citations, String text) {
    SentenceSegmenter segmenter = new SentenceSegmenter();
    java.util.Map<Integer, List<TextUnit>> byLine = new java.util.HashMap<>();
    List<Sentence> out = new ArrayList<>(citations.size());
    for (Citation c : citations) {
      if (text == null || c.span() == null || c.span().end() > text.length()) {
        out.add(asWritten(c));
        continue;
      }
      int at = c.span().start();
      int lineStart = text.lastIndexOf('\n', at - 1) + 1;
      List<TextUnit> units =
          byLine.computeIfAbsent(lineStart, k -> segmenter.segmentLineAt(text, at));
      out.add(around(c.span(), units, text));
    }
    return out;
  }

  /** A citation without a place in a text: its words as written stand for the sentence. */
  static Sentence asWritten(Citation c) {
    String written = c.asWritten() == null ? "" : c.asWritten();
    return new Sentence(written, new Span(0, written.length()));
  }

  /** The unit of {@code units} holding {@code span} (or the span alone), on one line. */
  static Sentence around(Span span, List<TextUnit> units, String text) {
    int start = span.start();
    int end = span.end();
    for (TextUnit u : units) {
      if (u.span().start() <= span.start() && span.start() < u.span().end()) {
        start = u.span().start();
        end = Math.max(u.span().end(), span.end());
        break;
      }
    }
    String sentence = text.substring(start, end).replace('\n', ' ');
    return new Sentence(sentence, new Span(span.start() - start, span.end() - start));
  }

  /** The stored form: {@code [[sentence, start, end], …]}. */
  public static String encode(List<Sentence> sentences) {
    List<List<Object>> rows = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      rows.add(List.of(s.text(), s.highlight().start(), s.highlight().end()));
    }
    return Json.compact(rows);
  }

  /** The sentences of {@link #encode}. */
  public static List<Sentence> decode(String stored) {
    List<Sentence> out = new ArrayList<>();
    for (JsonNode row : Json.tree(stored)) {
      out.add(new Sentence(row.get(0).asText(), new Span(row.get(1).intValue(), row.get(2).intValue())));
    }
    return out;
  }
}
