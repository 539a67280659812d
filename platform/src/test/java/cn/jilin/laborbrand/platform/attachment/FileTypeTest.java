package cn.jilin.laborbrand.platform.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class FileTypeTest {

    static byte[] xlsx() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("表1").createRow(0).createCell(0).setCellValue("吉林");
            book.write(out);
            return out.toByteArray();
        }
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("申报书");
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    @Test
    void recognisesEachAcceptedTypeByItsBytes() throws IOException {
        assertThat(FileType.detect("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1))).contains(FileType.PDF);
        assertThat(FileType.detect(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10})).contains(FileType.JPEG);
        assertThat(FileType.detect(png())).contains(FileType.PNG);
        assertThat(FileType.detect(xlsx())).contains(FileType.XLSX);
        assertThat(FileType.detect(docx())).contains(FileType.DOCX);
    }

    @Test
    void refusesWhatOnlyLooksRightByName() throws IOException {
        assertThat(FileType.detect("MZ\u0090\u0000 this is an executable".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(FileType.detect("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileType.detect(new byte[0])).isEmpty();
    }

    @Test
    void aPlainZipIsNoOfficeFile() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(FileType.detect(out.toByteArray())).isEmpty();
        byte[] truncated = java.util.Arrays.copyOf(xlsx(), 200);
        assertThat(FileType.detect(truncated)).isEmpty();
    }

    @Test
    void storedNamesLoseTheirPathAndTakeTheRealExtension() {
        assertThat(AttachmentService.cleanName("C:\\Users\\某人\\申报书.exe", FileType.PDF)).isEqualTo("申报书.pdf");
        assertThat(AttachmentService.cleanName("../../etc/passwd", FileType.PNG)).isEqualTo("passwd.png");
        assertThat(AttachmentService.cleanName("", FileType.DOCX)).isEqualTo("file.docx");
        assertThat(AttachmentService.cleanName("a\"b\nc.jpg", FileType.JPEG)).isEqualTo("abc.jpg");
    }
}
