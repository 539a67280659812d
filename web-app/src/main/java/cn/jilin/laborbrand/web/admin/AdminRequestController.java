package cn.jilin.laborbrand.web.admin;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.AdminRequestService;
import cn.jilin.laborbrand.web.support.Listing;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /admin/requests: administrators' actions on administrators' accounts (or their own) waiting for a second
 * administrator, who approves or rejects them here; the author may withdraw.
 */
@Controller
@RequestMapping("/admin/requests")
class AdminRequestController {

    private final AdminRequestService requests;

    AdminRequestController(AdminRequestService requests) {
        this.requests = requests;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('system:admin-request:approve')")
    String list(@RequestParam(defaultValue = "true") boolean open, Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, Sort.by(Sort.Direction.DESC, "requestedAt"), Set.of());
        model.addAttribute("page", requests.list(open, page));
        model.addAttribute("open", open);
        return "admin/requests/list";
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAuthority('system:admin-request:approve')")
    String approve(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return decide(() -> requests.approve(id, version), "adminRequest.approved", redirect);
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasAuthority('system:admin-request:approve')")
    String reject(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        return decide(() -> requests.reject(id, version, reason), "adminRequest.rejected", redirect);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('system:admin-request:approve')")
    String cancel(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return decide(() -> requests.cancel(id, version), "adminRequest.cancelled", redirect);
    }

    private static String decide(Runnable decision, String doneKey, RedirectAttributes redirect) {
        try {
            decision.run();
            redirect.addFlashAttribute("flashSuccess", doneKey);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/admin/requests";
    }
}
