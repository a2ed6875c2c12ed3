package vanban.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file that cannot be turned into text; bad input is data, so the message is the reason alone and
 * callers print {@code path: reason}.
 */
public final class IngestException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path path;
  private final String reason;

  public IngestException(Path path, String reason) {
    super(reason);
    this.path = Objects.requireNonNull(path, "path");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public IngestException(Path path, String reason, Throwable cause) {
    this(path, reason);
    initCause(cause);
  }

  public Path path() {
    return path;
  }

  public String reason() {
    return reason;
  }
}
