package vanban.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormatDetectorTest {
  @TempDir Path dir;

  static Stream<Arguments> openings() {
    byte[] utf16 = "Chỉ thị số 26".getBytes(StandardCharsets.UTF_16LE);
    byte[] cp1258 = {'C', 'h', (byte) 0xec, ' ', 't', 'h', (byte) 0xf2};
    byte[] cutInsideLastChar = new byte[8192 + 1];
    java.util.Arrays.fill(cutInsideLastChar, (byte) 'a');
    cutInsideLastChar[8191] = (byte) 0xe1; // first byte of a 3-byte character, cut at 8192
    cutInsideLastChar[8192] = (byte) 0xbb;
    return Stream.of(
        // Decided without Tika: UTF-8 text named as text, no markup, no signature.
        Arguments.of("a.txt", utf8("Chỉ thị số 26/CT-TTg\n\tngày 05/9/2016\f"), true),
        Arguments.of("a.md", utf8("\uFEFF# Kết luận 29-KL/TU"), true),
        Arguments.of("a.html", utf8("Kính gửi: các sở, ban, ngành"), true),
        Arguments.of("a.txt", cutInsideLastChar, true),
        // Left to Tika: markup, signatures, other names, other encodings, control bytes.
        Arguments.of("a.txt", utf8("<html><body>Chỉ thị</body></html>"), false),
        Arguments.of("a.txt", utf8("%PDF-1.7 text"), false),
        Arguments.of("a.txt", utf8("{\\rtf1 Chỉ thị"), false),
        Arguments.of("a.txt", utf8("#!/bin/sh\necho"), false),
        Arguments.of("a.docx", utf8("Chỉ thị số 26"), false),
        Arguments.of("README", utf8("Chỉ thị số 26"), false),
        Arguments.of("a.txt", utf16, false),
        Arguments.of("a.txt", cp1258, false),
        Arguments.of("a.txt", new byte[] {'a', 0, 'b'}, false),
        Arguments.of("a.txt", new byte[] {'a', 0x1b, 'b'}, false),
        Arguments.of("a.txt", new byte[0], false));
  }

  @ParameterizedTest(name = "{0} {index}")
  @MethodSource("openings")
  void plainUtf8TextIsDecidedWithoutTika(String name, byte[] bytes, boolean plain) {
    assertThat(FormatDetector.isPlainUtf8Text(FormatDetector.extension(Path.of(name)), bytes))
        .isEqualTo(plain);
  }

  /** Whenever the shortcut decides, Tika's detector agrees on the format. */
  @ParameterizedTest(name = "{0} {index}")
  @MethodSource("openings")
  void shortcutAgreesWithTika(String name, byte[] bytes, boolean plain) throws IOException {
    if (!plain) {
      return;
    }
    Path file = Files.write(dir.resolve(name), bytes);
    FormatDetector.Detection fast = new FormatDetector().detect(file, bytes);
    FormatDetector.Detection tika = new FormatDetector().detectWithTika(file, bytes);
    assertThat(fast.format()).isEqualTo(tika.format());
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
