package cn.jilin.laborbrand.web.support;

import cn.jilin.laborbrand.platform.PlatformTime;
import cn.jilin.laborbrand.platform.excel.SpreadsheetExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** Sends a list as an .xlsx download named {@code <name>-<date>.xlsx} (Chinese names survive via RFC 6266). */
public final class XlsxDownload {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxDownload() {
    }

    public static void send(HttpServletResponse response, String name, List<String> headers, Iterable<? extends List<?>> rows) throws IOException {
        String filename = name + "-" + LocalDate.now(PlatformTime.ZONE) + ".xlsx";
        response.setContentType(CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
        SpreadsheetExport.write(name, headers, rows, response.getOutputStream());
    }
}
