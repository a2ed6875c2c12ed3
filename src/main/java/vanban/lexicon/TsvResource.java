package vanban.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the rows of a tab-separated lexicon on the classpath; {@code #} lines are comments. */
public final class TsvResource {
  private TsvResource() {}

  public static List<String[]> rows(String resource) {
    InputStream in = TsvResource.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing lexicon " + resource);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(Arrays.stream(line.split("\t")).map(String::strip).toArray(String[]::new));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
