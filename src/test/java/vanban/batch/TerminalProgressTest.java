package vanban.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The progress line and the options' bounds. */
class TerminalProgressTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // done | bytes done | seconds | line
        "0   | 0         | 1  | [                        ] 0/100 docs  0.0 MB/s  ETA --:--",
        "25  | 2500000   | 10 | [######                  ] 25/100 docs  0.3 MB/s  ETA 0:30",
        "50  | 5000000   | 60 | [############            ] 50/100 docs  0.1 MB/s  ETA 1:00",
        "100 | 10000000  | 20 | [########################] 100/100 docs  0.5 MB/s  ETA 0:00",
      })
  void line(long done, long bytes, long seconds, String expected) {
    TerminalProgress p = new TerminalProgress(new PrintStream(new ByteArrayOutputStream()), () -> 0L);
    p.started(100, 10_000_000);
    assertThat(p.line(done, bytes, seconds * 1_000_000_000L)).isEqualTo(expected);
  }

  @Test
  void redrawsWithCarriageReturnAndClearsAtTheEnd() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AtomicLong now = new AtomicLong();
    TerminalProgress p = new TerminalProgress(new PrintStream(out, true, StandardCharsets.UTF_8), now::get);
    p.started(2, 2000);
    now.set(1_000_000_000L);
    p.advanced(1000);
    p.advanced(1000);
    p.finished();
    String s = out.toString(StandardCharsets.UTF_8);
    assertThat(s).contains("\r\033[K[############            ] 1/2 docs").contains("2/2 docs").endsWith("\r\033[K");
  }

  @Test
  void optionsRefuseNonsense() {
    assertThatThrownBy(() -> new BatchOptions(0, 10, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BatchOptions(1, 0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BatchOptions(1, 1, Duration.ofMillis(500))).isInstanceOf(IllegalArgumentException.class);
    assertThat(BatchOptions.defaults().threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
  }
}
