package vanban.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Whether the Tesseract OCR program can read Vietnamese on this machine: {@code tesseract
 * --list-langs} runs and lists {@code vie}. Asked once, when the first scan needs it, so machines
 * without Tesseract pay nothing until then. Thread-safe.
 *
 * <p>Why our own check: Tika's OCR parser quietly returns no text when the program is missing and
 * fails deep inside a parse when the language data is; a scan must instead be reported with the
 * package to install, and never indexed as an empty document.
 */
final class Tesseract {
  /** Tesseract's name for Vietnamese (Debian package {@code tesseract-ocr-vie}). */
  static final String LANGUAGE = "vie";

  private static final Tesseract ON_PATH = new Tesseract("tesseract");

  private final String program;
  private volatile Boolean available;

  /**
   * @param program the program to ask; tests name one that does not exist
   */
  Tesseract(String program) {
    this.program = program;
  }

  /** The {@code tesseract} found on the PATH, which is also the one Tika runs. */
  static Tesseract onPath() {
    return ON_PATH;
  }

  /** True when the program runs and has the Vietnamese language data. */
  boolean available() {
    Boolean a = available;
    if (a == null) {
      synchronized (this) {
        a = available;
        if (a == null) {
          a = probe();
          available = a;
        }
      }
    }
    return a;
  }

  private boolean probe() {
    Process process;
    try {
      // Tesseract 3 lists languages on stderr, 4 and 5 on stdout.
      process = new ProcessBuilder(program, "--list-langs").redirectErrorStream(true).start();
    } catch (IOException | RuntimeException e) {
      return false;
    }
    try (InputStream out = process.getInputStream()) {
      String listing = new String(out.readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        return false;
      }
      return List.of(listing.split("\\R")).stream().map(String::strip).anyMatch(LANGUAGE::equals);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      process.destroy();
    }
  }
}
