package vanban.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What the server sends back for one request, before the security headers every response gets.
 *
 * @param status the HTTP status
 * @param contentType the media type with its charset
 * @param body the bytes of the body (not sent for HEAD)
 * @param headers extra headers ({@code Location}, {@code Content-Disposition}, {@code Allow})
 */
record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
  static final String HTML = "text/html; charset=utf-8";
  static final String JSON = "application/json; charset=utf-8";
  static final String CSV = "text/csv; charset=utf-8";

  static Response html(String page) {
    return html(200, page);
  }

  static Response html(int status, String page) {
    return new Response(status, HTML, page.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  static Response json(String json) {
    return json(200, json);
  }

  static Response json(int status, String json) {
    return new Response(status, JSON, (json + "\n").getBytes(StandardCharsets.UTF_8), Map.of());
  }

  /** A 303 to {@code location}, a path of this site. */
  static Response redirect(String location) {
    return new Response(
        303, "text/plain; charset=utf-8", new byte[0], Map.of("Location", location));
  }
}
