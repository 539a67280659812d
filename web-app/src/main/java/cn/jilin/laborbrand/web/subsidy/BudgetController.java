package cn.jilin.laborbrand.web.subsidy;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.subsidy.budget.Budget;
import cn.jilin.laborbrand.subsidy.budget.BudgetExecution;
import cn.jilin.laborbrand.subsidy.budget.BudgetFilter;
import cn.jilin.laborbrand.subsidy.budget.BudgetService;
import cn.jilin.laborbrand.subsidy.policy.PolicyService;
import cn.jilin.laborbrand.subsidy.policy.SubsidyPolicy;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /subsidies/budgets: the year's 就业补助资金 lines per prefecture and policy (allocated, committed, spent, available),
 * the province's allocations, and /execution: what each prefecture paid month by month, as a table, chart and workbook.
 */
@Controller
@RequestMapping("/subsidies/budgets")
class BudgetController {

    private static final Sort DEFAULT_SORT = Sort.by("year").descending().and(Sort.by("regionCode", "policyId"));

    /** An allocation as posted: the line is a year, a prefecture and a policy. */
    record AllocationForm(@NotNull @Min(2020) @Max(2100) Integer year, @NotBlank String regionCode, @NotNull Long policyId,
                          @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal allocated) {
    }

    private final BudgetService budgets;
    private final BudgetExecution execution;
    private final PolicyService policies;
    private final RegionService regions;
    private final Messages messages;
    private final Clock clock;

    BudgetController(BudgetService budgets, BudgetExecution execution, PolicyService policies, RegionService regions, Messages messages,
                     Clock clock) {
        this.budgets = budgets;
        this.execution = execution;
        this.policies = policies;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('subsidy:budget:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String region, @RequestParam(required = false) Long policy, Pageable pageable, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("form", new AllocationForm(shown, null, policy, null));
        return listPage(user, shown, region, policy, pageable, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('subsidy:budget')")
    String allocate(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") AllocationForm form, BindingResult errors,
                    Pageable pageable, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            budgets.allocate(form.year(), form.regionCode(), form.policyId(), form.allocated(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "subsidy.budget.allocated");
            return "redirect:/subsidies/budgets?year=" + form.year();
        }, () -> listPage(user, form.year() == null ? LocalDate.now(clock).getYear() : form.year(), null, null, pageable, model));
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('subsidy:budget:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String region, @RequestParam(required = false) Long policy, Locale locale,
                HttpServletResponse response) throws IOException {
        List<Budget> rows = budgets.export(filter(year, region, policy), user.scope());
        Map<Long, String> names = policyNames();
        List<String> headers = Arrays.stream(new String[]{"year", "region", "policy", "allocated", "committed", "spent", "available"})
                .map(h -> messages.text(locale, "subsidy.budget.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "subsidy.budget.export.name"), headers, rows.stream().map(b -> Arrays.<Object>asList(
                b.getYear(), regions.name(b.getRegionCode()), names.get(b.getPolicyId()), b.getAllocated(), b.getCommitted(), b.getSpent(),
                b.getAvailable())).toList());
    }

    @GetMapping("/execution")
    @PreAuthorize("hasAuthority('subsidy:budget:view')")
    String execution(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Integer year,
                     @RequestParam(required = false) Long policy, Model model) {
        int shown = year(year);
        List<BudgetExecution.RegionYear> rows = execution.of(shown, policy, user.scope());
        model.addAttribute("rows", rows);
        model.addAttribute("year", shown);
        model.addAttribute("policy", policy);
        model.addAttribute("years", years());
        model.addAttribute("policies", policies.list());
        model.addAttribute("months", IntStream.rangeClosed(1, 12).boxed().toList());
        model.addAttribute("totals", totals(rows));
        return "subsidy/budget/execution";
    }

    /** The execution chart's data: prefectures, months and the amounts paid (the page draws it with ECharts). */
    @GetMapping(value = "/execution/chart", produces = "application/json")
    @PreAuthorize("hasAuthority('subsidy:budget:view')")
    @ResponseBody
    Map<String, Object> executionChart(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Integer year,
                                       @RequestParam(required = false) Long policy, Locale locale) {
        List<BudgetExecution.RegionYear> rows = execution.of(year(year), policy, user.scope());
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("months", IntStream.rangeClosed(1, 12).mapToObj(m -> messages.text(locale, "subsidy.execution.month", m)).toList());
        chart.put("series", rows.stream().map(r -> Map.of("name", regions.name(r.regionCode()), "data", r.paidByMonth())).toList());
        return chart;
    }

    @GetMapping("/execution/export")
    @PreAuthorize("hasAuthority('subsidy:budget:view')")
    void exportExecution(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Integer year,
                         @RequestParam(required = false) Long policy, Locale locale, HttpServletResponse response) throws IOException {
        List<BudgetExecution.RegionYear> rows = execution.of(year(year), policy, user.scope());
        List<String> headers = new ArrayList<>(List.of(messages.text(locale, "subsidy.budget.field.region"),
                messages.text(locale, "subsidy.budget.field.allocated"), messages.text(locale, "subsidy.budget.field.committed"),
                messages.text(locale, "subsidy.budget.field.spent"), messages.text(locale, "subsidy.budget.field.rate")));
        IntStream.rangeClosed(1, 12).forEach(m -> headers.add(messages.text(locale, "subsidy.execution.month", m)));
        XlsxDownload.send(response, messages.text(locale, "subsidy.execution.export.name") + "-" + year(year), headers, rows.stream().map(r -> {
            List<Object> row = new ArrayList<>(List.of(regions.name(r.regionCode()), r.allocated(), r.committed(), r.spent(), r.rate() + "%"));
            row.addAll(r.paidByMonth());
            return row;
        }).toList());
    }

    private String listPage(SignedInAccount user, int year, String region, Long policy, Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, DEFAULT_SORT, Set.of("year", "regionCode", "allocated", "spent"));
        Page<Budget> found = budgets.search(filter(year, region, policy), user.scope(), page);
        model.addAttribute("page", found);
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("year", year);
        model.addAttribute("region", region);
        model.addAttribute("policy", policy);
        model.addAttribute("years", years());
        model.addAttribute("regions", regions.prefecturesWithin(user.can("subsidy:budget") ? DataScope.province() : user.scope()));
        model.addAttribute("policies", policies.list());
        model.addAttribute("policyNames", policyNames());
        return "subsidy/budget/list";
    }

    private BudgetFilter filter(Integer year, String region, Long policy) {
        return new BudgetFilter(year, policy, region == null || region.isBlank() ? null : regions.coveredCodes(region));
    }

    private Map<Long, String> policyNames() {
        return policies.list().stream().collect(Collectors.toMap(SubsidyPolicy::getId, SubsidyPolicy::getName));
    }

    private int year(Integer year) {
        return year == null || year < 2020 || year > 2100 ? LocalDate.now(clock).getYear() : year;
    }

    private List<Integer> years() {
        int now = LocalDate.now(clock).getYear();
        return IntStream.rangeClosed(2022, now + 1).map(y -> now + 1 - (y - 2022)).boxed().toList();
    }

    private static BudgetExecution.RegionYear totals(List<BudgetExecution.RegionYear> rows) {
        Function<Function<BudgetExecution.RegionYear, BigDecimal>, BigDecimal> sum = f -> rows.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> months = IntStream.range(0, 12).mapToObj(m -> rows.stream().map(r -> r.paidByMonth().get(m)).reduce(BigDecimal.ZERO, BigDecimal::add))
                .toList();
        return new BudgetExecution.RegionYear(null, sum.apply(BudgetExecution.RegionYear::allocated), sum.apply(BudgetExecution.RegionYear::committed),
                sum.apply(BudgetExecution.RegionYear::spent), months, rows.stream().mapToLong(BudgetExecution.RegionYear::paidClaims).sum());
    }
}
