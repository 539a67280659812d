package cn.jilin.laborbrand.platform.attachment;

import java.io.IOException;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The file types the platform accepts, recognised from their first bytes: a renamed .exe is not a PDF. Office files
 * are ZIP archives; they are told apart by the entry names in the archive's central directory, read without inflating
 * anything (no zip bomb can go off here).
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    FileType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return this == JPEG || this == PNG;
    }

    /** The type of the content, judged by its bytes alone. */
    public static Optional<FileType> detect(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes())) {
            return Optional.of(PDF);
        }
        if (startsWith(content, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of(PNG);
        }
        if (startsWith(content, new byte[]{'P', 'K', 3, 4})) {
            return office(content);
        }
        return Optional.empty();
    }

    private static Optional<FileType> office(byte[] content) {
        boolean contentTypes = false;
        FileType found = null;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.equals("word/document.xml")) {
                    found = DOCX;
                } else if (name.equals("xl/workbook.xml")) {
                    found = XLSX;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(found) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
