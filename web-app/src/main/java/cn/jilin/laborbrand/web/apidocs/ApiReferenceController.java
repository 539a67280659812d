package cn.jilin.laborbrand.web.apidocs;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** /public/api: the open-data API's reference for developers of other systems, rendered from the OpenAPI document. */
@Controller
class ApiReferenceController {

    private final ApiReference reference;

    ApiReferenceController(ApiReference reference) {
        this.reference = reference;
    }

    @GetMapping("/public/api")
    @PreAuthorize("permitAll()")
    String reference(HttpServletRequest request, Locale locale, Model model) throws Exception {
        model.addAttribute("info", reference.info(request, locale));
        model.addAttribute("endpoints", reference.endpoints(request, locale));
        model.addAttribute("docsPath", reference.docsPath());
        return "api/reference";
    }
}
