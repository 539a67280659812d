package cn.jilin.laborbrand.web.support;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.pdf.PdfFontMissingException;
import cn.jilin.laborbrand.web.security.DeniedRequestAuditor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;

/**
 * Domain answers that become pages: missing or out of scope → 404; changed by someone else meanwhile → 409; a request
 * the portal cannot read (a parameter of the wrong type, a broken upload) → 400.
 */
@ControllerAdvice
class PortalExceptionHandler {

    private final DeniedRequestAuditor denied;

    PortalExceptionHandler(DeniedRequestAuditor denied) {
        this.denied = denied;
    }

    /** Missing or out of scope: the same answer; a write that meets it is audited as refused. */
    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(HttpServletRequest request) {
        denied.outOfScope(request);
        return "error/404";
    }

    /** An address whose id is not a number names no record (404); a query or form parameter of the wrong type is a 400. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String typeMismatch(MethodArgumentTypeMismatchException mismatch, HttpServletResponse response) {
        boolean inThePath = mismatch.getParameter().hasParameterAnnotation(PathVariable.class);
        response.setStatus(inThePath ? HttpStatus.NOT_FOUND.value() : HttpStatus.BAD_REQUEST.value());
        return inThePath ? "error/404" : "error/400";
    }

    /** A multipart body that cannot be parsed (Spring leaves it to the container as a 500). */
    @ExceptionHandler(MultipartException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String unreadableUpload() {
        return "error/400";
    }

    /** A PDF needs a Chinese font on the server; say so instead of sending boxes. */
    @ExceptionHandler(PdfFontMissingException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String noFontForPdf() {
        return "error/pdf";
    }

    /** Someone else's change got there first: a stale version. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String changedMeanwhile() {
        return "error/409";
    }

    /**
     * The database refused the row. A record another user created at the same moment (a uniqueness rule) is a conflict;
     * a value the database cannot hold (too long, out of range, a required one missing) is a request to correct, 400.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    String refusedByTheDatabase(DataIntegrityViolationException refused, HttpServletResponse response, Model model) {
        if (UNIQUE_VIOLATION.equals(sqlState(refused))) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return "error/409";
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("reasonKey", "error.400.valueRefused");
        return "error/400";
    }

    private static final String UNIQUE_VIOLATION = "23505";

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
