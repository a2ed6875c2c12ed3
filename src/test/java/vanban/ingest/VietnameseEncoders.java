package vanban.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/** Writes Unicode text in the encodings Vietnamese files come in, for round-trip tests. */
final class VietnameseEncoders {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

  private VietnameseEncoders() {}

  static byte[] utf8Bom(String text) {
    return concat(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] utf16LeBom(String text) {
    return concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
  }

  static byte[] utf16BeBom(String text) {
    return concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
  }

  /**
   * windows-1258 as Word writes it: a letter the code page has whole (â, ơ, đ, à, é, ...) as one
   * byte, any other tone as the base letter followed by a combining tone mark.
   */
  static byte[] windows1258(String text) {
    CharsetEncoder encoder = WINDOWS_1258.newEncoder();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Normalizer.normalize(text, Normalizer.Form.NFC)
        .codePoints()
        .forEach(
            cp -> {
              String c = new String(Character.toChars(cp));
              if (encoder.canEncode(c)) {
                out.writeBytes(c.getBytes(WINDOWS_1258));
                return;
              }
              String decomposed = Normalizer.normalize(c, Normalizer.Form.NFD);
              String tone = decomposed.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
              String base =
                  Normalizer.normalize(
                      decomposed.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", ""),
                      Normalizer.Form.NFC);
              if (!encoder.canEncode(base) || !encoder.canEncode(tone)) {
                throw new IllegalArgumentException("windows-1258 cannot write " + c);
              }
              out.writeBytes((base + tone).getBytes(WINDOWS_1258));
            });
    return out.toByteArray();
  }

  /** TCVN3 bytes; throws for a letter TCVN3 cannot write (an uppercase letter with a tone). */
  static byte[] tcvn3(String text) {
    return legacy(LegacyEncoding.TCVN3, text);
  }

  /** VNI Windows bytes. */
  static byte[] vni(String text) {
    return legacy(LegacyEncoding.VNI, text);
  }

  /**
   * What a TCVN3 document says once read: uppercase letters with a tone come out lowercase, because
   * ABC fonts draw them from the lowercase codes ("ỦY BAN" is typed "ủY BAN" in .VnTimeH).
   */
  static String tcvn3Readable(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              String c = new String(Character.toChars(cp));
              // a letter is writable if it is ASCII or the table has it; "À" would otherwise pass
              // as the
              // windows-1252 byte C0, which TCVN3 reads as another letter
              boolean writable =
                  cp < 0x80 || !Character.isLetter(cp) || !LegacyEncoding.TCVN3.encode(c).equals(c);
              out.append(writable ? c : c.toLowerCase(Locale.ROOT));
            });
    return out.toString();
  }

  private static byte[] legacy(LegacyEncoding encoding, String text) {
    String view = encoding.encode(Normalizer.normalize(text, Normalizer.Form.NFC));
    if (!WINDOWS_1252.newEncoder().canEncode(view)) {
      throw new IllegalArgumentException(encoding + " cannot write all of: " + text);
    }
    return view.getBytes(WINDOWS_1252);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
