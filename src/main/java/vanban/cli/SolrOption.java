package vanban.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import vanban.backend.Backend;
import vanban.backend.LocalBackend;
import vanban.backend.SolrBackend;

/**
 * The {@code --solr URL[,URL…] --collection C} options: the documents are in a SolrCloud collection
 * instead of the {@code --index} folder.
 */
final class SolrOption {
  @Option(
      names = "--solr",
      paramLabel = "URL",
      split = ",",
      converter = SolrOption.NodeUrl.class,
      description =
          "Use this SolrCloud instead of the index folder: the base URL of one or more nodes"
              + " (http://host:8983/solr), comma-separated; a node that does not answer is"
              + " skipped.")
  List<URI> urls = new ArrayList<>();

  @Option(
      names = "--collection",
      paramLabel = "C",
      defaultValue = "vanban",
      description = "The Solr collection (default: ${DEFAULT-VALUE}).")
  String collection;

  /** The backend to read from: the Solr collection when {@code --solr} is given, else the index. */
  Backend reading(IndexOption index) throws IOException {
    return urls.isEmpty() ? LocalBackend.reading(index.dir) : SolrBackend.connect(urls, collection);
  }

  /** The backend to write to. */
  Backend writing(IndexOption index) throws IOException {
    return urls.isEmpty() ? LocalBackend.writing(index.dir) : SolrBackend.connect(urls, collection);
  }

  /** A node's base URL: http or https with a host ({@code http://localhost:8983/solr}). */
  static final class NodeUrl implements ITypeConverter<URI> {
    @Override
    public URI convert(String value) {
      try {
        URI uri = new URI(value.strip());
        if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
            && uri.getHost() != null) {
          return uri;
        }
      } catch (URISyntaxException e) {
        // Reported below with an example.
      }
      throw new TypeConversionException(
          "'" + value + "' is not the URL of a Solr node (e.g. http://localhost:8983/solr)");
    }
  }
}
