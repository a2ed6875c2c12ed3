package vanban.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The stylesheet and the map script, read once from {@code vanban/http/} on the class path. The
 * request path only selects among these fixed names; it never reaches a file or resource lookup.
 */
final class StaticAssets {
  private static final Map<String, String> TYPES =
      Map.of(
          "style.css", "text/css; charset=utf-8",
          "graph.js", "text/javascript; charset=utf-8");

  private final Map<String, byte[]> bodies;

  StaticAssets() {
    bodies = Map.of("style.css", read("style.css"), "graph.js", read("graph.js"));
  }

  /** The asset named {@code name}, if it is one of ours. */
  Optional<Response> get(String name) {
    byte[] body = bodies.get(name);
    if (body == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Response(200, TYPES.get(name), body, Map.of("Cache-Control", "max-age=300")));
  }

  private static byte[] read(String name) {
    try (InputStream in = StaticAssets.class.getResourceAsStream("/vanban/http/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource vanban/http/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
