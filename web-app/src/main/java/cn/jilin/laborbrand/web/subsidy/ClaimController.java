package cn.jilin.laborbrand.web.subsidy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.excel.ImportResult;
import cn.jilin.laborbrand.platform.excel.SpreadsheetRefusedException;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.subsidy.claim.ClaimAction;
import cn.jilin.laborbrand.subsidy.claim.ClaimDecisions;
import cn.jilin.laborbrand.subsidy.claim.ClaimImport;
import cn.jilin.laborbrand.subsidy.claim.ClaimFilter;
import cn.jilin.laborbrand.subsidy.claim.ClaimService;
import cn.jilin.laborbrand.subsidy.claim.ClaimState;
import cn.jilin.laborbrand.subsidy.claim.NewClaims;
import cn.jilin.laborbrand.subsidy.claim.SubsidyClaim;
import cn.jilin.laborbrand.subsidy.policy.EvidenceKind;
import cn.jilin.laborbrand.subsidy.policy.PolicyService;
import cn.jilin.laborbrand.subsidy.policy.SubsidyKind;
import cn.jilin.laborbrand.subsidy.policy.SubsidyPolicy;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.Option;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /subsidies/claims: the claims of the caller's scope with filters and export; new claims made from evidence already
 * recorded (a policy, then a course, dispatch or start-up, then its people); a claim's page with its account and the steps of
 * its workflow ({@code POST /subsidies/claims/{id}/{action}}).
 */
@Controller
@RequestMapping("/subsidies/claims")
class ClaimController {

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("id"));

    /** New claims as posted: the policy, the evidence, the people chosen (by their evidence ids). */
    record NewClaimForm(@NotNull Long policyId, @NotNull Long evidenceId, List<Long> people) {
    }

    private final ClaimService claims;
    private final ClaimDecisions decisions;
    private final ClaimPages pages;
    private final ClaimImport imports;
    private final PolicyService policies;
    private final RegionService regions;
    private final Messages messages;

    ClaimController(ClaimService claims, ClaimDecisions decisions, ClaimPages pages, ClaimImport imports, PolicyService policies,
                    RegionService regions, Messages messages) {
        this.claims = claims;
        this.decisions = decisions;
        this.pages = pages;
        this.imports = imports;
        this.policies = policies;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('subsidy:view')")
    @Transactional(readOnly = true)
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) List<ClaimState> state,
                @RequestParam(required = false) SubsidyKind kind, @RequestParam(required = false) Long policy,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
                @RequestParam(required = false) String q, @RequestParam(required = false) EvidenceKind evidence,
                @RequestParam(required = false) Long evidenceId, Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, DEFAULT_SORT, Set.of("id", "number", "amount", "state", "regionCode", "payeeName"));
        Page<SubsidyClaim> found = claims.search(filter(state, kind, policy, year, region, q, evidence, evidenceId), user.scope(), page);
        model.addAttribute("page", found);
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("state", state == null ? List.of() : state);
        model.addAttribute("kind", kind);
        model.addAttribute("policy", policy);
        model.addAttribute("year", year);
        model.addAttribute("region", region);
        model.addAttribute("q", q);
        model.addAttribute("evidence", evidence);
        model.addAttribute("evidenceId", evidence == null ? null : evidenceId);
        model.addAttribute("states", ClaimState.values());
        model.addAttribute("kinds", SubsidyKind.values());
        model.addAttribute("policies", policies.list());
        model.addAttribute("policyNames", policyNames());
        model.addAttribute("regions", regions.within(user.scope()));
        return "subsidy/claim/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('subsidy:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) List<ClaimState> state,
                @RequestParam(required = false) SubsidyKind kind, @RequestParam(required = false) Long policy,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
                @RequestParam(required = false) String q, @RequestParam(required = false) EvidenceKind evidence,
                @RequestParam(required = false) Long evidenceId, Locale locale, HttpServletResponse response) throws IOException {
        List<SubsidyClaim> rows = claims.export(filter(state, kind, policy, year, region, q, evidence, evidenceId), user.scope());
        Map<Long, String> names = policyNames();
        List<String> headers = Arrays.stream(new String[]{"number", "policy", "kind", "region", "payee", "payeeKind", "amount", "state", "year",
                "recovered"}).map(h -> messages.text(locale, "subsidy.claim.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "subsidy.claim.export.name"), headers, rows.stream().map(c -> Arrays.<Object>asList(
                c.getNumber(), names.get(c.getPolicyId()), messages.text(locale, "subsidy.kind." + c.getKind()), regions.name(c.getRegionCode()),
                c.getPayeeName(), messages.text(locale, "subsidy.payee." + c.getPayeeKind()), c.getAmount(),
                messages.text(locale, "subsidy.claim.state." + c.getState()), c.getClaimYear(), c.getRecovered())).toList());
    }

    /** Step by step: choose a policy; then its evidence (type-ahead); then the evidence's people. */
    @GetMapping("/new")
    @PreAuthorize("hasAuthority('subsidy:claim')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Long policyId,
                   @RequestParam(required = false) Long evidenceId, Model model) {
        model.addAttribute("form", new NewClaimForm(policyId, evidenceId, List.of()));
        return newPage(user, policyId, evidenceId, model);
    }

    @GetMapping(value = "/evidence-options", produces = "application/json")
    @PreAuthorize("hasAuthority('subsidy:claim')")
    @ResponseBody
    List<Option> evidenceOptions(@AuthenticationPrincipal SignedInAccount user, @RequestParam long policy,
                                 @RequestParam(required = false) String q) {
        try {
            return claims.evidenceOptions(policy, q == null || q.length() > 50 ? "" : q, user.scope()).stream()
                    .map(o -> new Option(o.id(), o.label(), o.hint())).toList();
        } catch (NotFoundException unknownPolicy) {
            return List.of();
        }
    }

    @PostMapping
    @PreAuthorize("hasAuthority('subsidy:claim')")
    String create(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") NewClaimForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            List<Long> made = claims.open(new NewClaims(form.policyId(), form.evidenceId(),
                    form.people() == null ? Set.of() : new HashSet<>(form.people())), user.scope());
            redirect.addFlashAttribute("flashSuccess", "subsidy.claim.created");
            return made.size() == 1 ? "redirect:/subsidies/claims/" + made.get(0) : "redirect:/subsidies/claims?state=DRAFT";
        }, () -> newPage(user, form.policyId(), form.evidenceId(), model));
    }

    /** The workbook to fill in for an import: the columns, no rows. */
    @GetMapping("/import/template")
    @PreAuthorize("hasAuthority('subsidy:claim')")
    void importTemplate(Locale locale, HttpServletResponse response) throws IOException {
        XlsxDownload.send(response, messages.text(locale, "subsidy.import.template"), ClaimImport.COLUMNS.headers(), List.of());
    }

    /** Claims from a workbook of certificate holders: all or nothing, the report on the page when refused. */
    @PostMapping("/import")
    @PreAuthorize("hasAuthority('subsidy:claim')")
    String importClaims(@AuthenticationPrincipal SignedInAccount user, @RequestParam long policyId, @RequestParam("file") MultipartFile file,
                        Model model, RedirectAttributes redirect) throws IOException {
        ImportResult result;
        Path temp = Files.createTempFile("claims-", ".xlsx");
        try {
            file.transferTo(temp);
            result = imports.importClaims(policyId, temp, user.scope());
        } catch (SpreadsheetRefusedException refused) {
            result = refused.result(null);
        } catch (RuleViolation | NotFoundException refused) {
            redirect.addFlashAttribute("flashError", refused instanceof RuleViolation v ? v.messageKeys().get(0) : "subsidy.import.policy");
            return "redirect:/subsidies/claims/new";
        } finally {
            Files.deleteIfExists(temp);
        }
        if (result.accepted()) {
            redirect.addFlashAttribute("flashSuccess", "subsidy.import.done");
            return "redirect:/subsidies/claims?state=DRAFT";
        }
        model.addAttribute("form", new NewClaimForm(policyId, null, List.of()));
        model.addAttribute("importErrors", result);
        return newPage(user, policyId, null, model);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('subsidy:view')")
    @Transactional(readOnly = true)
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Locale locale, Model model) {
        return pages.detail(user, id, locale, model);
    }

    @PostMapping("/{id}/account")
    @PreAuthorize("hasAuthority('subsidy:claim')")
    String account(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("accountForm") AccountForm form,
                   BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
        claims.get(id, user.scope());
        return Forms.submit(errors, () -> {
            claims.updateAccount(id, form.version(), form.account(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "subsidy.claim.account.saved");
            return "redirect:/subsidies/claims/" + id;
        }, () -> pages.detail(user, id, locale, model));
    }

    /** The account number in full, on this one answer (never in a link or a redirect); the reveal is audited. */
    @PostMapping("/{id}/account/reveal")
    @PreAuthorize("hasAuthority('subsidy:pii:reveal')")
    String reveal(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Locale locale, Model model) {
        model.addAttribute("revealedAccount", claims.revealAccount(id, user.scope()));
        return pages.detail(user, id, locale, model);
    }

    /** One step of the claim's workflow, e.g. POST /subsidies/claims/7/start-notice with version and comment. */
    @PostMapping("/{id}/{action}")
    @PreAuthorize("hasAnyAuthority('subsidy:claim', 'subsidy:verify', 'subsidy:approve:city', 'subsidy:approve:province', 'subsidy:disburse')")
    String act(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable String action, @RequestParam long version,
               @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        ClaimAction step = decisions.action(action).orElseThrow(() -> new NotFoundException("subsidy_claim_action", action));
        try {
            decisions.take(id, version, step, comment, user.scope());
            redirect.addFlashAttribute("flashSuccess", "subsidy.claim.done." + step.name());
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/subsidies/claims/" + id;
    }

    private String newPage(SignedInAccount user, Long policyId, Long evidenceId, Model model) {
        List<SubsidyPolicy> claimable = policies.list().stream().filter(SubsidyPolicy::isActive).toList();
        model.addAttribute("policies", claimable);
        SubsidyPolicy policy = policyId == null ? null : claimable.stream().filter(p -> p.getId().equals(policyId)).findFirst().orElse(null);
        model.addAttribute("policy", policy);
        if (policy != null && evidenceId != null) {
            try {
                model.addAttribute("evidence", claims.evidence(policy.getId(), evidenceId, user.scope()));
            } catch (RuleViolation violation) {
                model.addAttribute("flashError", violation.messageKeys().get(0));
            }
        }
        return "subsidy/claim/new";
    }

    private ClaimFilter filter(List<ClaimState> states, SubsidyKind kind, Long policy, Integer year, String region, String q,
                               EvidenceKind evidence, Long evidenceId) {
        return new ClaimFilter(states, kind, policy, year, region == null || region.isBlank() ? null : regions.coveredCodes(region),
                q == null || q.length() > 50 ? null : q, evidence, evidence == null ? null : evidenceId);
    }

    private Map<Long, String> policyNames() {
        return policies.list().stream().collect(Collectors.toMap(SubsidyPolicy::getId, SubsidyPolicy::getName));
    }
}
