package vanban.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanban.model.DocumentMetadata;
import vanban.model.Signer;
import vanban.normalize.VietnameseNormalizer;

class SidecarReaderTest {

  private final SidecarReader reader = new SidecarReader();

  @TempDir Path dir;

  private static DocumentMetadata kl004() {
    return new DocumentMetadata(
        "Kết luận",
        "KL",
        null,
        null,
        "Ban Thường vụ Tỉnh ủy Hà Tĩnh",
        "Hà Tĩnh",
        null,
        null,
        null,
        "về tiếp tục siết chặt kỷ luật",
        List.of(),
        new Signer("Trần Thế Dũng", "Phó Bí thư", "Ban Thường vụ"));
  }

  private Path document(String sidecar) throws IOException {
    Path doc = dir.resolve("doc.txt");
    Files.writeString(doc, "KẾT LUẬN\n", StandardCharsets.UTF_8);
    if (sidecar != null) {
      Files.writeString(dir.resolve("doc.txt.meta.properties"), sidecar, StandardCharsets.UTF_8);
    }
    return doc;
  }

  @Test
  void noSidecarMeansTextOnly() throws IOException {
    assertThat(reader.read(document(null))).isEmpty();
  }

  @Test
  void symbolAndDateOverrideAndDerive() throws IOException {
    Path doc = document("# 004\nsymbol = 29 -KL/TU\ndate = 2021-07-22\n");
    SidecarReader.Sidecar sidecar = reader.read(doc).orElseThrow();
    SidecarReader.Applied applied = reader.apply(kl004(), sidecar);
    DocumentMetadata m = applied.metadata();
    assertThat(m.symbol()).isEqualTo("29-KL/TU");
    assertThat(m.number()).isEqualTo("29");
    assertThat(m.typeCode()).isEqualTo("KL");
    assertThat(m.type()).isEqualTo("Kết luận");
    assertThat(m.date()).isEqualTo(LocalDate.of(2021, 7, 22));
    assertThat(m.issuer()).isEqualTo("Ban Thường vụ Tỉnh ủy Hà Tĩnh");
    assertThat(applied.supplied()).containsExactly("date", "number", "symbol", "typeCode");
    assertThat(applied.warnings()).isEmpty();
  }

  @Test
  void everyFieldCanBeSupplied() throws IOException {
    Path doc =
        document(
            """
            type = Công văn
            symbol = 907/UBND-NV
            issuer = Ủy ban nhân dân tỉnh Thừa Thiên Huế
            province = thua thien hue
            place = Thừa Thiên Huế
            date = 25/01/2022
            subject = V/v đẩy mạnh kỷ cương
            recipients = Các sở, ban, ngành; Ủy ban nhân dân các huyện
            signer.name = Nguyễn Văn Phương
            signer.title = Chủ tịch
            """);
    SidecarReader.Applied applied =
        reader.apply(DocumentMetadata.empty(), reader.read(doc).orElseThrow());
    DocumentMetadata m = applied.metadata();
    assertThat(m.type()).isEqualTo("Công văn");
    assertThat(m.typeCode()).isEqualTo("CV");
    assertThat(m.number()).isEqualTo("907");
    assertThat(m.province()).isEqualTo("Thừa Thiên Huế");
    assertThat(m.date()).isEqualTo(LocalDate.of(2022, 1, 25));
    assertThat(m.recipients()).containsExactly("Các sở, ban, ngành", "Ủy ban nhân dân các huyện");
    assertThat(m.signer()).isEqualTo(new Signer("Nguyễn Văn Phương", "Chủ tịch", null));
    assertThat(applied.supplied())
        .containsExactly(
            "date",
            "issuer",
            "number",
            "place",
            "province",
            "recipients",
            "signer",
            "subject",
            "symbol",
            "type",
            "typeCode");
  }

  @Test
  void badValuesAreWarningsNotExceptions() throws IOException {
    Path doc = document("date = 31/02/2021\nsymbol = not a symbol\ncolour = red\n");
    SidecarReader.Applied applied = reader.apply(kl004(), reader.read(doc).orElseThrow());
    assertThat(applied.metadata()).isEqualTo(kl004());
    assertThat(applied.supplied()).isEmpty();
    assertThat(applied.warnings())
        .hasSize(3)
        .anySatisfy(w -> assertThat(w).contains("unknown key 'colour'"))
        .anySatisfy(w -> assertThat(w).contains("date '31/02/2021' is no date"))
        .anySatisfy(w -> assertThat(w).contains("symbol 'not a symbol' is no number-symbol"));
  }

  /** The committed example: 004's text alone lacks what its sidecar gives. */
  @Test
  void corpusExampleFor004() throws IOException {
    Path doc = Path.of("corpus/004_9eae9ce46508e63c.txt");
    String text = new VietnameseNormalizer().normalize(Files.readString(doc)).text();
    DocumentMetadata fromText = new StructureParser().parse(text).metadata();
    assertThat(fromText.symbol()).isNull();
    assertThat(fromText.date()).isNull();

    SidecarReader.Applied applied = reader.apply(fromText, reader.read(doc).orElseThrow());
    assertThat(applied.metadata().symbol()).isEqualTo("29-KL/TU");
    assertThat(applied.metadata().date()).isEqualTo(LocalDate.of(2021, 7, 22));
    assertThat(applied.metadata().type()).isEqualTo("Kết luận");
    assertThat(applied.supplied()).containsExactly("date", "number", "symbol", "typeCode");
  }
}
