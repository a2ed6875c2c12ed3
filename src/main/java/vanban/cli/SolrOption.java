package vanban.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import vanban.backend.Backend;
import vanban.backend.LocalBackend;
import vanban.backend.SolrBackend;

/**
 * The {@code --solr URL[,URL…] | --zk HOSTS[/chroot]} and {@code --collection C} options: the
 * documents are in a SolrCloud collection instead of the {@code --index} folder, the cluster found
 * through any of its nodes or through its ZooKeeper ensemble.
 */
final class SolrOption {
  /** Where the cluster is: nodes or ZooKeeper, not both. */
  static final class Cluster {
    @Option(
        names = "--solr",
        paramLabel = "URL",
        split = ",",
        required = true,
        converter = SolrOption.NodeUrl.class,
        description =
            "Use this SolrCloud instead of the index folder: the base URL of one or more nodes"
                + " (http://host:8983/solr), comma-separated; SolrJ learns the cluster from any of"
                + " them and skips a node that does not answer.")
    List<URI> urls = new ArrayList<>();

    @Option(
        names = "--zk",
        paramLabel = "HOSTS[/chroot]",
        required = true,
        converter = SolrOption.ZkHosts.class,
        description =
            "Use the SolrCloud whose state this ZooKeeper ensemble keeps instead of the index"
                + " folder: host:port[,host:port…], then the chroot if Solr has one"
                + " (zk1:2181,zk2:2181/solr).")
    String zk;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Cluster cluster;

  @Option(
      names = "--collection",
      paramLabel = "C",
      defaultValue = "vanban",
      description = "The Solr collection (default: ${DEFAULT-VALUE}).")
  String collection;

  /** Whether the documents are in the index folder (neither {@code --solr} nor {@code --zk}). */
  boolean local() {
    return cluster == null;
  }

  /** The backend to read from: the Solr collection when a cluster is given, else the index. */
  Backend reading(IndexOption index) throws IOException {
    return local() ? LocalBackend.reading(index.dir) : solr();
  }

  /** The backend to write to. */
  Backend writing(IndexOption index) throws IOException {
    return local() ? LocalBackend.writing(index.dir) : solr();
  }

  /** Where the documents go, for a person: the index folder, or the cluster and collection. */
  String describe(IndexOption index) {
    if (local()) {
      return index.dir.toString();
    }
    String where = cluster.zk != null ? "ZooKeeper " + cluster.zk : cluster.urls.get(0).toString();
    return where + " collection " + collection;
  }

  private SolrBackend solr() throws IOException {
    return cluster.zk != null
        ? SolrBackend.connectZk(cluster.zk, collection)
        : SolrBackend.connect(cluster.urls, collection);
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

  /** A ZooKeeper connection string: {@code host:port[,host:port…][/chroot]}. */
  static final class ZkHosts implements ITypeConverter<String> {
    private static final Pattern HOSTS =
        Pattern.compile("[A-Za-z0-9.-]+(:\\d{1,5})?(,[A-Za-z0-9.-]+(:\\d{1,5})?)*(/[^/\\s,]+)*");

    @Override
    public String convert(String value) {
      String zk = value.strip();
      if (HOSTS.matcher(zk).matches()) {
        return zk;
      }
      throw new TypeConversionException(
          "'" + value + "' is not a ZooKeeper ensemble (e.g. zk1:2181,zk2:2181/solr)");
    }
  }
}
