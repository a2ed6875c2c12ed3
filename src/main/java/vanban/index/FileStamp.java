package vanban.index;

/**
 * What a source file looked like when it was indexed, so a re-index can skip unchanged files.
 *
 * @param size the file's size in bytes
 * @param mtimeMillis its last-modified time, epoch milliseconds
 * @param sha256 hex SHA-256 of its bytes
 */
public record FileStamp(long size, long mtimeMillis, String sha256) {}
