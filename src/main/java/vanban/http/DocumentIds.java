package vanban.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import vanban.index.IndexFields;

/**
 * Which source a document id ({@link CorpusView#idOf}) names, for every commit a live server
 * reads. Ids are hashes, so they cannot be looked up as terms; each index segment's sources are
 * hashed once, when an id is first asked of it, and kept until the segment is merged away — a new
 * commit only adds the few documents of its new segments to hash.
 */
final class DocumentIds {
  private final Map<IndexReader.CacheKey, Map<String, String>> bySegment =
      new ConcurrentHashMap<>();

  /**
   * The source {@code id} names among the sources of {@code reader}'s segments, deleted ones
   * included (the caller checks the document is live).
   */
  Optional<String> source(DirectoryReader reader, String id) {
    for (LeafReaderContext leaf : reader.leaves()) {
      String source = ofSegment(leaf.reader()).get(id);
      if (source != null) {
        return Optional.of(source);
      }
    }
    return Optional.empty();
  }

  private Map<String, String> ofSegment(LeafReader segment) {
    IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
    if (helper == null) {
      return hash(segment);
    }
    Map<String, String> known = bySegment.get(helper.getKey());
    if (known != null) {
      return known;
    }
    Map<String, String> hashed = hash(segment);
    if (bySegment.putIfAbsent(helper.getKey(), hashed) == null) {
      helper.addClosedListener(bySegment::remove);
    }
    return hashed;
  }

  private static Map<String, String> hash(LeafReader segment) {
    try {
      Map<String, String> ids = new HashMap<>();
      Terms terms = segment.terms(IndexFields.ID);
      if (terms == null) {
        return ids;
      }
      TermsEnum e = terms.iterator();
      for (BytesRef term = e.next(); term != null; term = e.next()) {
        String source = term.utf8ToString();
        ids.put(CorpusView.idOf(source), source);
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
