package vanban.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Damaged and empty Word files for the bad-input tests. */
final class FormatFixturesBytes {
  private FormatFixturesBytes() {}

  /** A well-formed .docx with no paragraphs. */
  static byte[] emptyDocx() {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A .docx encrypted with a password (agile encryption, as Word 2010+ writes it). */
  static byte[] encryptedDocx() {
    try (POIFSFileSystem fs = new POIFSFileSystem();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("mật-khẩu");
      try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(emptyDocx()));
          OutputStream data = encryptor.getDataStream(fs)) {
        opc.save(data);
      }
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException
        | java.security.GeneralSecurityException
        | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A .docx whose package is intact but whose word/document.xml is cut mid-element. */
  static byte[] brokenDocx() {
    byte[] good;
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("Kính gửi: các sở, ban, ngành");
      doc.write(out);
      good = out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ByteArrayOutputStream broken = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(good));
        ZipOutputStream out = new ZipOutputStream(broken)) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("word/document.xml")) {
          content =
              "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Kính"
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(content);
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return broken.toByteArray();
  }
}
