package vanban.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decodes the bytes of a plain-text file to Unicode, choosing the charset from the bytes alone.
 *
 * <p>Order: a byte order mark (UTF-8, UTF-16 LE/BE); UTF-16 without a mark, seen by where the zero
 * bytes of ASCII characters fall; strict UTF-8; otherwise an 8-bit encoding, the one among
 * windows-1258 and the legacy font encodings TCVN3 and VNI whose reading gives the most well-formed
 * Vietnamese syllables. The result is NFC because windows-1258 writes tones as combining marks.
 */
final class TextDecoder {
  static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

  /** Decoded text with the charset that was used and what had to be converted. */
  record Decoded(String text, String charset, List<String> warnings) {}

  private TextDecoder() {}

  /** Decodes a whole text file. */
  static Decoded decode(byte[] bytes) {
    Optional<Charset> unicode = sniffUnicode(bytes);
    if (unicode.isPresent()) {
      Charset cs = unicode.get();
      int skip = bomLength(bytes);
      String text = new String(bytes, skip, bytes.length - skip, cs);
      return repaired(text, cs.name());
    }
    Optional<String> utf8 = strictUtf8(bytes);
    if (utf8.isPresent()) {
      return repaired(utf8.get(), StandardCharsets.UTF_8.name());
    }
    return decodeEightBit(bytes);
  }

  /**
   * Finds a Unicode encoding that needs no guessing: a byte order mark, or UTF-16 without one (in
   * mostly-ASCII text every other byte is zero).
   */
  static Optional<Charset> sniffUnicode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    int pairs = Math.min(bytes.length, 8192) / 2;
    if (pairs < 2) {
      return Optional.empty();
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < pairs; i++) {
      if (bytes[2 * i] == 0) {
        zeroEven++;
      }
      if (bytes[2 * i + 1] == 0) {
        zeroOdd++;
      }
    }
    // Vietnamese in UTF-16 is still mostly ASCII letters and spaces: a third of the high bytes
    // zero and almost none of the low bytes is far from anything an 8-bit text or a binary does.
    if (zeroOdd * 3 >= pairs && zeroEven * 20 <= pairs) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (zeroEven * 3 >= pairs && zeroOdd * 20 <= pairs) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  /** Decodes with a charset the file declared (HTML meta), NFC and repaired like any other. */
  static Decoded decodeDeclared(byte[] bytes, Charset declared) {
    if (declared.equals(StandardCharsets.UTF_8)) {
      Optional<String> utf8 = strictUtf8(bytes);
      if (utf8.isEmpty()) {
        Decoded guessed = decode(bytes);
        List<String> warnings = new ArrayList<>(guessed.warnings());
        warnings.add(
            0, "declared charset UTF-8 does not match the bytes; read as " + guessed.charset());
        return new Decoded(guessed.text(), guessed.charset(), warnings);
      }
      return repaired(utf8.get(), declared.name());
    }
    int skip = bomLength(bytes);
    return repaired(new String(bytes, skip, bytes.length - skip, declared), declared.name());
  }

  private static Decoded decodeEightBit(byte[] bytes) {
    String vietnamese = Normalizer.normalize(new String(bytes, WINDOWS_1258), Normalizer.Form.NFC);
    String view = new String(bytes, LegacyEncoding.WINDOWS_1252);
    String best = vietnamese;
    String charset = WINDOWS_1258.name();
    LegacyEncoding converted = null;
    int bestScore = SyllableScorer.score(vietnamese);
    for (LegacyEncoding legacy : LegacyEncoding.values()) {
      String candidate = Normalizer.normalize(legacy.decode(view), Normalizer.Form.NFC);
      int score = SyllableScorer.score(candidate);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
        charset = legacy.label();
        converted = legacy;
      }
    }
    List<String> warnings = converted == null ? List.of() : List.of(convertedWarning(converted));
    return new Decoded(best, charset, warnings);
  }

  /**
   * Converts the lines of Unicode text that were typed in a legacy font (a .doc in VNI-Times, a
   * UTF-8 file saved from one): lines made only of windows-1252 characters whose legacy reading has
   * more well-formed syllables than their reading as they stand.
   */
  static Decoded repaired(String text, String charset) {
    List<String> warnings = new ArrayList<>();
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    return new Decoded(repairLegacyLines(nfc, warnings), charset, warnings);
  }

  /** As {@link #repaired}, adding one warning per legacy encoding converted; returns NFC text. */
  static String repairLegacyLines(String text, List<String> warnings) {
    if (!hasLatin1Supplement(text)) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    List<LegacyEncoding> used = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (!hasLatin1Supplement(line) || !LegacyEncoding.WINDOWS_1252.newEncoder().canEncode(line)) {
        continue;
      }
      int bestScore = Math.max(0, SyllableScorer.score(line));
      LegacyEncoding best = null;
      for (LegacyEncoding legacy : LegacyEncoding.values()) {
        String candidate = Normalizer.normalize(legacy.decode(line), Normalizer.Form.NFC);
        int score = SyllableScorer.score(candidate);
        if (score > bestScore) {
          bestScore = score;
          lines[i] = candidate;
          best = legacy;
        }
      }
      if (best != null && !used.contains(best)) {
        used.add(best);
      }
    }
    if (used.isEmpty()) {
      return text;
    }
    used.stream().sorted().forEach(legacy -> warnings.add(convertedWarning(legacy)));
    return String.join("\n", lines);
  }

  static String convertedWarning(LegacyEncoding legacy) {
    return "converted from " + legacy.label();
  }

  private static boolean hasLatin1Supplement(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0xA0 && c <= 0xFF) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> strictUtf8(byte[] bytes) {
    int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static int bomLength(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return 3;
    }
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      return 2;
    }
    return 0;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
