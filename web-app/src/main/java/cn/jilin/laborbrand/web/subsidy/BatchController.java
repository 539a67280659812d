package cn.jilin.laborbrand.web.subsidy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.excel.ImportResult;
import cn.jilin.laborbrand.platform.excel.SpreadsheetRefusedException;
import cn.jilin.laborbrand.subsidy.batch.BatchService;
import cn.jilin.laborbrand.subsidy.batch.BatchState;
import cn.jilin.laborbrand.subsidy.batch.DisbursementBatch;
import cn.jilin.laborbrand.subsidy.budget.Budget;
import cn.jilin.laborbrand.subsidy.budget.BudgetFilter;
import cn.jilin.laborbrand.subsidy.budget.BudgetService;
import cn.jilin.laborbrand.subsidy.policy.PolicyService;
import cn.jilin.laborbrand.subsidy.policy.SubsidyPolicy;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.web.support.Dates;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /subsidies/batches: disbursement batches. A fund officer builds one from the payable claims of a budget line, exports
 * the bank file (the only place full account numbers appear; audited), imports the bank's return file (all or
 * nothing), or cancels a batch the bank has not paid.
 */
@Controller
@RequestMapping("/subsidies/batches")
class BatchController {

    private final BatchService batches;
    private final BudgetService budgets;
    private final PolicyService policies;
    private final RegionService regions;
    private final Messages messages;
    private final Dates dates;
    private final Clock clock;

    BatchController(BatchService batches, BudgetService budgets, PolicyService policies, RegionService regions, Messages messages, Dates dates,
                    Clock clock) {
        this.batches = batches;
        this.budgets = budgets;
        this.policies = policies;
        this.regions = regions;
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('subsidy:view') or hasAuthority('subsidy:disburse')")
    String list(@AuthenticationPrincipal SignedInAccount user, Pageable pageable, Model model) {
        Pageable page = PageRequest.of(pageable.getPageNumber(), Math.min(Math.max(pageable.getPageSize(), 1), 100), Sort.by(Sort.Order.desc("id")));
        model.addAttribute("page", batches.search(user.scope(), page));
        return "subsidy/batch/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('subsidy:view') or hasAuthority('subsidy:disburse')")
    void export(@AuthenticationPrincipal SignedInAccount user, Locale locale, HttpServletResponse response) throws IOException {
        List<DisbursementBatch> rows = batches.export(user.scope());
        List<String> headers = Arrays.stream(new String[]{"number", "region", "lines", "total", "state", "created", "exportedAt", "settledAt"})
                .map(h -> messages.text(locale, "subsidy.batch.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "subsidy.batch.export.name"), headers, rows.stream().map(b -> Arrays.<Object>asList(
                b.getNumber(), regions.name(b.getRegionCode()), b.getLineCount(), b.getTotal(), messages.text(locale, "subsidy.batch.state." + b.getState()),
                dates.minute(b.getCreatedAt()), b.getExportedAt() == null ? "" : dates.minute(b.getExportedAt()),
                b.getSettledAt() == null ? "" : dates.minute(b.getSettledAt()))).toList());
    }

    /** Choose a budget line of this year, then the payable claims of it. */
    @GetMapping("/new")
    @PreAuthorize("hasAuthority('subsidy:disburse')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Long budget, Model model) {
        int year = LocalDate.now(clock).getYear();
        model.addAttribute("budgets", budgets.search(new BudgetFilter(year, null, null), user.scope(),
                PageRequest.of(0, 200, Sort.by("regionCode", "policyId"))).getContent());
        model.addAttribute("policyNames", policyNames());
        model.addAttribute("budget", budget);
        if (budget != null) {
            model.addAttribute("line", budgets.get(budget, user.scope()));
            model.addAttribute("payable", batches.payable(budget, user.scope()));
        }
        return "subsidy/batch/new";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('subsidy:disburse')")
    String build(@AuthenticationPrincipal SignedInAccount user, @RequestParam long budget, @RequestParam(required = false) List<Long> claims,
                 RedirectAttributes redirect) {
        try {
            long id = batches.build(budget, claims, user.scope());
            redirect.addFlashAttribute("flashSuccess", "subsidy.batch.created");
            return "redirect:/subsidies/batches/" + id;
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
            return "redirect:/subsidies/batches/new?budget=" + budget;
        } catch (NotFoundException unknown) {
            // a budget line gone or never the caller's: choose again
            redirect.addFlashAttribute("flashError", "subsidy.batch.noBudget");
            return "redirect:/subsidies/batches/new";
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('subsidy:view') or hasAuthority('subsidy:disburse')")
    @Transactional(readOnly = true)
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        DisbursementBatch batch = batches.get(id, user.scope());
        Budget line = budgets.get(batch.getBudgetId(), user.scope());
        model.addAttribute("batch", batch);
        model.addAttribute("line", line);
        model.addAttribute("policyName", policyNames().get(line.getPolicyId()));
        model.addAttribute("lines", batches.lines(id, user.scope()));
        model.addAttribute("claims", batches.claimsOf(id, user.scope()));
        return "subsidy/batch/detail";
    }

    /** The bank file, streamed (a batch may hold 50,000 lines); a POST, since the batch then counts as sent. */
    @PostMapping("/{id}/bank-file")
    @PreAuthorize("hasAuthority('subsidy:disburse')")
    void bankFile(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, HttpServletResponse response) throws IOException {
        DisbursementBatch batch = batches.get(id, user.scope());
        if (batch.getState() != BatchState.OPEN && batch.getState() != BatchState.EXPORTED) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
            return;
        }
        response.setContentType(XlsxDownload.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(batch.getNumber() + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "no-store");
        batches.exportBankFile(id, user.scope(), response.getOutputStream());
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasAuthority('subsidy:disburse')")
    String importReturn(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam("file") MultipartFile file,
                        Model model, RedirectAttributes redirect) throws IOException {
        batches.get(id, user.scope());
        ImportResult result;
        Path temp = Files.createTempFile("bank-return-", ".xlsx");
        try {
            file.transferTo(temp);
            result = batches.importReturn(id, temp, user.scope());
        } catch (SpreadsheetRefusedException refused) {
            result = refused.result(null);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
            return "redirect:/subsidies/batches/" + id;
        } finally {
            Files.deleteIfExists(temp);
        }
        if (result.accepted()) {
            redirect.addFlashAttribute("returnDone", result.imported());
            return "redirect:/subsidies/batches/" + id;
        }
        model.addAttribute("returnErrors", result);
        return detail(user, id, model);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('subsidy:disburse')")
    String cancel(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, RedirectAttributes redirect) {
        try {
            batches.cancel(id, user.scope());
            redirect.addFlashAttribute("flashSuccess", "subsidy.batch.cancelled");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/subsidies/batches/" + id;
    }

    private Map<Long, String> policyNames() {
        return policies.list().stream().collect(Collectors.toMap(SubsidyPolicy::getId, SubsidyPolicy::getName));
    }
}
