package cn.jilin.laborbrand.web.support;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.pdf.PdfFontMissingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Domain answers that become pages: missing or out of scope → 404; changed by someone else meanwhile → 409. */
@ControllerAdvice
class PortalExceptionHandler {

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    /** A PDF needs a Chinese font on the server; say so instead of sending boxes. */
    @ExceptionHandler(PdfFontMissingException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String noFontForPdf() {
        return "error/pdf";
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String changedMeanwhile() {
        return "error/409";
    }
}
