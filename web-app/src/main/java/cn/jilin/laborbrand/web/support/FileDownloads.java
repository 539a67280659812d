package cn.jilin.laborbrand.web.support;

import cn.jilin.laborbrand.platform.attachment.FileContent;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored attachment as a download: its own type, its name (UTF-8), never sniffed as something else by the browser. */
public final class FileDownloads {

    private FileDownloads() {
    }

    public static ResponseEntity<byte[]> attachment(FileContent file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }
}
