package vanban.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Map;

/** An {@link Evaluation} as a table for people or as one JSON object for programs. */
public final class EvaluationReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EvaluationReport() {}

  /** The figures, then (when {@code withMisses}) every miss as {@code file: field want X got Y}. */
  public static void printTable(Evaluation e, PrintWriter out, boolean withMisses) {
    out.printf("Metadata (%d documents)%n", e.documents());
    out.printf("  %-12s %6s %7s %9s%n", "field", "right", "scored", "accuracy");
    for (Map.Entry<String, Evaluation.FieldScore> f : e.fields().entrySet()) {
      Evaluation.FieldScore s = f.getValue();
      out.printf("  %-12s %6d %7d %9.3f%n", f.getKey(), s.right(), s.scored(), s.accuracy());
    }
    Evaluation.CitationScore c = e.citations();
    out.printf("%nNumbered citations (instruments keyed by number-symbol and year)%n");
    out.printf(
        "  gold %d  found %d  matched %d  precision %.3f  recall %.3f  F1 %.3f%n",
        c.gold(), c.found(), c.matched(), c.precision(), c.recall(), c.f1());
    Evaluation.MentionCount m = e.mentions();
    out.printf(
        "  mentions: gold %d  found %d  exact count on %d of %d matched instruments%n",
        m.gold(), m.found(), m.exactInstruments(), m.matchedInstruments());
    out.printf(
        "Name-only instruments (not counted above): gold %d  found %d mentions%n",
        e.named().gold(), e.named().found());
    Evaluation.ObligationScore o = e.obligations();
    if (o != null) {
      out.printf("%nObligations (documents with obligation gold)%n");
      out.printf(
          "  gold %d  found %d  matched %d  recall %.3f  precision %.3f  fragments %d%n",
          o.gold(), o.found(), o.matched(), o.recall(), o.precision(), o.fragments());
      out.printf(
          "  on matched units: modality %.3f  actor %.3f  frequency %.3f  deadline %.3f"
              + "  report-to %.3f  theme F1 %.3f%n",
          o.onMatched(o.modality()),
          o.onMatched(o.actor()),
          o.onMatched(o.frequency()),
          o.onMatched(o.deadline()),
          o.onMatched(o.reportTo()),
          o.themeF1());
    }
    if (withMisses && !e.misses().isEmpty()) {
      out.printf("%nMisses (%d)%n", e.misses().size());
      for (Evaluation.Miss miss : e.misses()) {
        out.println("  " + miss);
      }
    }
    out.flush();
  }

  /** One JSON object with the same figures and misses. */
  public static String json(Evaluation e) {
    ObjectNode root = JSON.createObjectNode();
    root.put("documents", e.documents());
    ObjectNode fields = root.putObject("fields");
    e.fields()
        .forEach(
            (name, s) ->
                fields
                    .putObject(name)
                    .put("right", s.right())
                    .put("scored", s.scored())
                    .put("accuracy", round(s.accuracy())));
    Evaluation.CitationScore c = e.citations();
    root.putObject("citations")
        .put("gold", c.gold())
        .put("found", c.found())
        .put("matched", c.matched())
        .put("precision", round(c.precision()))
        .put("recall", round(c.recall()))
        .put("f1", round(c.f1()));
    Evaluation.MentionCount m = e.mentions();
    root.putObject("mentions")
        .put("gold", m.gold())
        .put("found", m.found())
        .put("exactInstruments", m.exactInstruments())
        .put("matchedInstruments", m.matchedInstruments());
    root.putObject("named").put("gold", e.named().gold()).put("found", e.named().found());
    Evaluation.ObligationScore o = e.obligations();
    if (o != null) {
      root.putObject("obligations")
          .put("gold", o.gold())
          .put("found", o.found())
          .put("matched", o.matched())
          .put("recall", round(o.recall()))
          .put("precision", round(o.precision()))
          .put("modality", round(o.onMatched(o.modality())))
          .put("actor", round(o.onMatched(o.actor())))
          .put("frequency", round(o.onMatched(o.frequency())))
          .put("deadline", round(o.onMatched(o.deadline())))
          .put("reportTo", round(o.onMatched(o.reportTo())))
          .put("themeF1", round(o.themeF1()))
          .put("fragments", o.fragments());
    }
    ArrayNode misses = root.putArray("misses");
    for (Evaluation.Miss miss : e.misses()) {
      misses
          .addObject()
          .put("source", miss.source())
          .put("field", miss.field())
          .put("want", miss.want())
          .put("got", miss.got());
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
