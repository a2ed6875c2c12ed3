package vanban.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding of a raw path segment or query component as UTF-8, strictly.
 *
 * <p>The JDK's server reads the request line byte by byte as ISO-8859-1, so UTF-8 a client sent
 * unencoded ({@code ?q=kỷ}) reaches {@link java.net.URI#getRawQuery()} as one Latin-1 character
 * per byte. Those characters are taken back to their bytes, percent escapes are turned into bytes,
 * and the whole is decoded as UTF-8; malformed escapes or bytes that are not UTF-8 are a 400, never
 * replaced or guessed.
 */
final class UrlDecoding {
  private UrlDecoding() {}

  /** {@code raw} decoded; {@code +} is a space when {@code plusIsSpace} (query strings). */
  static String decode(String raw, boolean plusIsSpace, String where) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int lo = hi >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
        if (lo < 0) {
          throw HttpProblem.badRequest("malformed percent-encoding in the " + where);
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else if (c <= 0xFF) {
        // A byte of the request line, as the JDK read it.
        bytes.write(c);
      } else {
        // Not from the wire (the JDK reads bytes); taken as the character it is.
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw HttpProblem.badRequest("the " + where + " is not UTF-8");
    }
  }
}
