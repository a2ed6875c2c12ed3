package vanban.index;

/**
 * What a source file looked like when it was indexed, so a re-index can skip unchanged files.
 *
 * @param size the file's size in bytes, plus its sidecar's when it has one
 * @param mtimeMillis its last-modified time, epoch milliseconds (the newer of file and sidecar)
 * @param sha256 hex SHA-256 of its bytes, followed by {@code +} and the sidecar's when it has one
 */
public record FileStamp(long size, long mtimeMillis, String sha256) {}
