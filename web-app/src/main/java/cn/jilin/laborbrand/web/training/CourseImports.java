package cn.jilin.laborbrand.web.training;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.excel.ImportError;
import cn.jilin.laborbrand.platform.excel.ImportResult;
import cn.jilin.laborbrand.platform.excel.SpreadsheetRefusedException;
import cn.jilin.laborbrand.platform.excel.XlsxTemplate;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The two Excel imports of a course page (roster, certificates) and their templates, answered alike: the upload is
 * streamed to a temporary file and imported; a clean file returns to the course with the count, a refused one shows
 * its report (kept in the session for the .xlsx download).
 */
@Component
class CourseImports {

    static final String ROSTER = "roster";
    static final String CERTIFICATES = "certificates";

    private final ImportReports reports;

    CourseImports(ImportReports reports) {
        this.reports = reports;
    }

    /** Imports {@code file} into the course (already loaded within the caller's scope) with {@code importer}. */
    String run(String kind, TrainingCourse course, MultipartFile file, HttpSession session, Model model, RedirectAttributes redirect,
               Locale locale, Function<Path, ImportResult> importer) throws IOException {
        long id = course.getId();
        reports.forget(session, kind, id);
        ImportResult result;
        Path temp = Files.createTempFile("import-", ".xlsx");
        try {
            file.transferTo(temp);
            result = importer.apply(temp);
        } catch (SpreadsheetRefusedException e) {
            // the services answer a refused file themselves; this is a file that changed between their two passes
            result = e.result(null);
        } catch (RuleViolation violation) {
            result = ImportResult.rejected(ImportError.of(0, null, violation.messageKeys().get(0)));
        } finally {
            Files.deleteIfExists(temp);
        }
        if (result.accepted()) {
            redirect.addFlashAttribute("importedMessage", kind.equals(ROSTER) ? "roster.imported" : "certificate.imported");
            redirect.addFlashAttribute("importedCount", result.imported());
            return "redirect:/training/courses/" + id;
        }
        reports.keep(session, kind, id, result);
        model.addAttribute("course", course);
        model.addAttribute("kind", kind);
        model.addAttribute("result", result);
        model.addAttribute("filename", file.getOriginalFilename());
        model.addAttribute("shown", result.errors().stream().limit(200).map(e -> new ShownError(e.row(), reports.column(e, locale),
                reports.reason(e, locale))).toList());
        return "training/course/import-result";
    }

    /** The full error report of the last rejected import of this kind on the course, as .xlsx, or 404. */
    void sendErrors(String kind, long courseId, HttpSession session, Locale locale, HttpServletResponse response) throws IOException {
        ImportResult result = reports.get(session, kind, courseId);
        if (result == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        reports.send(response, result, locale);
    }

    /** An empty template of an import: the Chinese headers, text columns, and notes on how to fill it. */
    static void template(HttpServletResponse response, String name, String sheet, List<String> headers, List<String> notes) throws IOException {
        response.setContentType(XlsxDownload.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name + ".xlsx", StandardCharsets.UTF_8).build().toString());
        XlsxTemplate.write(sheet, headers, notes, response.getOutputStream());
    }

    /** One line of the report as the page shows it. */
    record ShownError(int row, String column, String reason) {
    }
}
