package cn.jilin.laborbrand.web.subsidy;

import cn.jilin.laborbrand.subsidy.policy.ApprovalLevel;
import cn.jilin.laborbrand.subsidy.policy.EvidenceKind;
import cn.jilin.laborbrand.subsidy.policy.PayeeKind;
import cn.jilin.laborbrand.subsidy.policy.PolicyService;
import cn.jilin.laborbrand.subsidy.policy.SubsidyKind;
import cn.jilin.laborbrand.subsidy.policy.SubsidyPolicy;
import cn.jilin.laborbrand.training.certificate.CertificateKind;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /subsidies/policies: the province's subsidy policies (kinds, payees, evidence, limits, approval level, notice days)
 * and their amount standards, which change by new dated rows, never by editing the basis of a claim already made.
 */
@Controller
@RequestMapping("/subsidies/policies")
class PolicyController {

    private final PolicyService policies;
    private final Messages messages;
    private final Clock clock;

    PolicyController(PolicyService policies, Messages messages, Clock clock) {
        this.policies = policies;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('subsidy:view') or hasAuthority('subsidy:budget:view')")
    String list(Model model) {
        model.addAttribute("policies", policies.list());
        return "subsidy/policy/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('subsidy:view') or hasAuthority('subsidy:budget:view')")
    void export(Locale locale, HttpServletResponse response) throws IOException {
        List<String> headers = Arrays.stream(new String[]{"code", "name", "kind", "payeeKind", "evidence", "approvalLevel", "noticeDays",
                "claimWindowMonths", "yearlyLimit", "basis", "active"}).map(h -> messages.text(locale, "subsidy.policy.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "subsidy.policy.export.name"), headers, policies.list().stream().map(p -> Arrays.<Object>asList(
                p.getCode(), p.getName(), messages.text(locale, "subsidy.kind." + p.getKind()), messages.text(locale, "subsidy.payee." + p.getPayeeKind()),
                messages.text(locale, "subsidy.evidence." + p.getEvidence()), messages.text(locale, "subsidy.approval." + p.getApprovalLevel()),
                p.getNoticeDays(), p.getClaimWindowMonths(), p.getYearlyLimit(), p.getBasis(),
                p.isActive() ? messages.text(locale, "subsidy.policy.active") : messages.text(locale, "subsidy.policy.inactive"))).toList());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('subsidy:view') or hasAuthority('subsidy:budget:view')")
    @Transactional(readOnly = true)
    String detail(@PathVariable long id, Model model) {
        return detailPage(id, StandardForm.empty(LocalDate.now(clock)), model);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('subsidy:policy')")
    String newForm(Model model) {
        model.addAttribute("form", PolicyForm.empty());
        return formPage(null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('subsidy:policy')")
    String create(@Valid @ModelAttribute("form") PolicyForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = policies.create(form.code() == null ? "" : form.code().strip(), form.details());
            redirect.addFlashAttribute("flashSuccess", "subsidy.policy.created");
            return "redirect:/subsidies/policies/" + id;
        }, () -> formPage(null, model));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('subsidy:policy')")
    String editForm(@PathVariable long id, Model model) {
        SubsidyPolicy policy = policies.get(id);
        model.addAttribute("form", PolicyForm.of(policy));
        return formPage(policy, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('subsidy:policy')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PolicyForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        SubsidyPolicy policy = policies.get(id);
        return Forms.submit(errors, () -> {
            policies.update(id, form.version(), form.details());
            redirect.addFlashAttribute("flashSuccess", "subsidy.policy.updated");
            return "redirect:/subsidies/policies/" + id;
        }, () -> formPage(policy, model));
    }

    @PostMapping("/{id}/standards")
    @PreAuthorize("hasAuthority('subsidy:policy')")
    String addStandard(@PathVariable long id, @Valid @ModelAttribute("standard") StandardForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        policies.get(id);
        return Forms.submit(errors, () -> {
            policies.addStandard(id, form.details());
            redirect.addFlashAttribute("flashSuccess", "subsidy.standard.created");
            return "redirect:/subsidies/policies/" + id;
        }, () -> detailPage(id, form, model));
    }

    private String detailPage(long id, StandardForm standard, Model model) {
        SubsidyPolicy policy = policies.get(id);
        model.addAttribute("policy", policy);
        model.addAttribute("standards", policies.standards(id));
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("standard")) {
            model.addAttribute("standard", standard);
        }
        return "subsidy/policy/detail";
    }

    private String formPage(SubsidyPolicy policy, Model model) {
        model.addAttribute("policy", policy);
        model.addAttribute("kinds", SubsidyKind.values());
        model.addAttribute("payeeKinds", PayeeKind.values());
        model.addAttribute("evidenceKinds", EvidenceKind.values());
        model.addAttribute("certificateKinds", CertificateKind.values());
        model.addAttribute("approvalLevels", ApprovalLevel.values());
        return "subsidy/policy/form";
    }
}
