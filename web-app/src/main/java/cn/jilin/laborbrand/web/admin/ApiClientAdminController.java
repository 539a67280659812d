package cn.jilin.laborbrand.web.admin;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.apiclient.ApiClientService;
import cn.jilin.laborbrand.platform.apiclient.ApiDataset;
import cn.jilin.laborbrand.platform.apiclient.IssuedToken;
import cn.jilin.laborbrand.platform.region.RegionLevel;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.web.support.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /admin/api-clients: the security administrator registers the government systems that read /api/v1/gov, rotates their
 * tokens and disables them; the audit administrator may look. A new token is shown once, in the answer to the post
 * that made it (never in a redirect, a flash attribute or the session), and that page is not cached.
 */
@Controller
@RequestMapping("/admin/api-clients")
class ApiClientAdminController {

    private final ApiClientService clients;
    private final RegionService regions;
    private final Clock clock;

    ApiClientAdminController(ApiClientService clients, RegionService regions, Clock clock) {
        this.clients = clients;
        this.regions = regions;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('api:client:view', 'api:client:manage')")
    String list(Model model) {
        model.addAttribute("clients", clients.list());
        model.addAttribute("today", LocalDate.now(clock));
        return "admin/api-clients/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('api:client:manage')")
    String newForm(Model model) {
        model.addAttribute("form", ApiClientForm.empty(LocalDate.now(clock)));
        return formPage(model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('api:client:manage')")
    String register(@Valid @ModelAttribute("form") ApiClientForm form, BindingResult errors, Model model, HttpServletResponse response) {
        return Forms.submit(errors, () -> issued(clients.register(form.details()), "apiClient.registered", model, response),
                () -> formPage(model));
    }

    @PostMapping("/{id}/rotate")
    @PreAuthorize("hasAuthority('api:client:manage')")
    String rotate(@PathVariable long id, @RequestParam long version, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            return issued(clients.rotate(id, version), "apiClient.rotated", model, response);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
            return "redirect:/admin/api-clients";
        }
    }

    @PostMapping("/{id}/disable")
    @PreAuthorize("hasAuthority('api:client:manage')")
    String disable(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        clients.disable(id, version);
        redirect.addFlashAttribute("flashSuccess", "apiClient.disabled.done");
        return "redirect:/admin/api-clients";
    }

    private String issued(IssuedToken token, String messageKey, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("issued", token);
        model.addAttribute("flashSuccess", messageKey);
        return "admin/api-clients/issued";
    }

    private String formPage(Model model) {
        model.addAttribute("datasets", ApiDataset.values());
        model.addAttribute("regions", regions.all().stream().filter(r -> r.getLevel() != RegionLevel.COUNTY).toList());
        return "admin/api-clients/new";
    }
}
