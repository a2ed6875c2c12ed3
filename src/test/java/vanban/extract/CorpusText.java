package vanban.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

/**
 * A corpus file as the normalizer would hand it over, for tests of this package until
 * vanban.normalize is merged: NFC, debris and markdown removed, spaces collapsed, hard-wrapped
 * lines joined, one line per paragraph.
 */
final class CorpusText {
  private CorpusText() {}

  static String normalized(Path file) throws IOException {
    String s = Normalizer.normalize(Files.readString(file, StandardCharsets.UTF_8), Normalizer.Form.NFC);
    s = s.replace("\r\n", "\n").replaceAll("\\[bookmark: [^\\]]*\\]", "").replace("**", "");
    s = s.replace('\u00a0', ' ').replace('\t', ' ');
    StringBuilder out = new StringBuilder();
    for (String raw : s.split("\n")) {
      String line = raw.replaceAll(" +", " ").strip();
      if (line.isEmpty()) {
        continue;
      }
      int n = out.length();
      boolean newItem = line.matches("^(?:[-+•]|\\d+(?:\\.\\d+)*\\.)\\s.*");
      boolean joins =
          n > 0 && out.charAt(n - 1) != '\n' && !newItem
              && ".:;!?".indexOf(lastNonSpace(out)) < 0 && Character.isLowerCase(line.codePointAt(0))
              || n > 0 && !newItem && ",".indexOf(lastNonSpace(out)) >= 0;
      if (n > 0) {
        out.append(joins ? " " : "\n");
      }
      out.append(line);
    }
    return out.toString();
  }

  private static char lastNonSpace(StringBuilder b) {
    for (int i = b.length() - 1; i >= 0; i--) {
      if (!Character.isWhitespace(b.charAt(i))) {
        return b.charAt(i);
      }
    }
    return '\n';
  }
}
