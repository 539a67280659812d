package cn.jilin.laborbrand.web.training;

import cn.jilin.laborbrand.platform.crypto.LookupLimitExceededException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * An account past its limit of reveal-class lookups (a full resident ID, an expert's phone) gets HTTP 429 and a page
 * saying so in words. Pages that keep a form's input catch the refusal themselves; this answers for the rest.
 */
@ControllerAdvice
class LookupLimitAdvice {

    @ExceptionHandler(LookupLimitExceededException.class)
    String limited(LookupLimitExceededException limited, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("limited", limited);
        return "error/429";
    }
}
