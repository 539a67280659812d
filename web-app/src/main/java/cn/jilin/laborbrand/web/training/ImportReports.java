package cn.jilin.laborbrand.web.training;

import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.platform.excel.ImportError;
import cn.jilin.laborbrand.platform.excel.ImportResult;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The error report of a rejected import: kept in the session (which lives in PostgreSQL, so any node can send it) until
 * the next import of the same kind on the same course, and written as .xlsx on request.
 */
@Component
class ImportReports {

    private final Messages messages;

    ImportReports(Messages messages) {
        this.messages = messages;
    }

    void keep(HttpSession session, String kind, long courseId, ImportResult result) {
        session.setAttribute(key(kind, courseId), result);
    }

    ImportResult get(HttpSession session, String kind, long courseId) {
        try {
            return (ImportResult) session.getAttribute(key(kind, courseId));
        } catch (RuntimeException e) {
            // a report kept before an upgrade moved its classes no longer deserialises: as good as gone
            return null;
        }
    }

    void forget(HttpSession session, String kind, long courseId) {
        session.removeAttribute(key(kind, courseId));
    }

    /** The report as a spreadsheet: row, column, reason. */
    void send(HttpServletResponse response, ImportResult result, Locale locale) throws IOException {
        List<String> headers = List.of(messages.text(locale, "import.report.row"), messages.text(locale, "import.report.column"), messages.text(locale, "import.report.reason"));
        XlsxDownload.send(response, messages.text(locale, "import.report.name"), headers, result.errors().stream()
                .map(e -> Arrays.<Object>asList(e.row() == 0 ? "—" : e.row(), column(e, locale), reason(e, locale))).toList());
    }

    String column(ImportError e, Locale locale) {
        return e.columnKey() == null ? "—" : messages.text(locale, e.columnKey());
    }

    String reason(ImportError e, Locale locale) {
        return messages.text(locale, e.reasonKey(), e.arguments().toArray());
    }

    private static String key(String kind, long courseId) {
        return "import-report:" + kind + ":" + courseId;
    }

}
