package cn.jilin.laborbrand.web.expert;

import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.AccountChoice;
import cn.jilin.laborbrand.platform.crypto.LookupLimitExceededException;
import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.review.Expert;
import cn.jilin.laborbrand.platform.review.ExpertFilter;
import cn.jilin.laborbrand.platform.review.ExpertPoolService;
import cn.jilin.laborbrand.platform.review.ExpertStanding;
import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import org.springframework.security.core.annotation.AuthenticationPrincipal;

/**
 * /experts: the expert pool (专家库, 三(二)) that reviews draw on — list with filters and export (phones masked), an
 * expert's page with their reviews so far, adding and editing, taking out of the pool and back. HRSS keeps it.
 * Finding an expert by phone is a reveal-class lookup by POST (expert:pii:reveal, limit, audit): a number never sits
 * in a URL, nor in the list's page, sort and export links.
 */
@Controller
@RequestMapping("/experts")
class ExpertController {

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("active"), Sort.Order.asc("name"));
    /** Seven digits or more in the text filter: a phone number, which must not stay in the URL. */
    private static final Pattern NUMBER = Pattern.compile("\\d{7,}");

    private final ExpertPoolService pool;
    private final RegionService regions;
    private final Messages messages;

    ExpertController(ExpertPoolService pool, RegionService regions, Messages messages) {
        this.pool = pool;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('expert:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q, @RequestParam(required = false) BrandType brandType,
                @RequestParam(required = false) IndustrySection industry, @RequestParam(required = false) String region,
                @RequestParam(required = false) Boolean active, @RequestParam(required = false) String phone,
                Pageable pageable, Model model, RedirectAttributes redirect) {
        if ((phone != null && !phone.isBlank()) || (q != null && NUMBER.matcher(q.replaceAll("[\\s-]", "")).find())) {
            // a phone number in the query string: answered with the list without it, so that no link repeats it
            redirect.addFlashAttribute("flashError", "expert.phone.byPostOnly");
            return "redirect:/experts";
        }
        Pageable page = Listing.sanitise(pageable, DEFAULT_SORT, Set.of("name", "organisation", "homeRegionCode", "active"));
        Page<Expert> found = pool.search(filter(q, brandType, industry, region, active), user.scope(), page);
        model.addAttribute("page", found);
        model.addAttribute("phones", found.getContent().stream().collect(Collectors.toMap(Expert::getId, pool::maskedPhone)));
        model.addAttribute("standings", pool.standings(user.scope()));
        model.addAttribute("accounts", accounts(user));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("q", q);
        model.addAttribute("brandType", brandType);
        model.addAttribute("industry", industry);
        model.addAttribute("region", region);
        model.addAttribute("active", active);
        addChoices(model);
        return "expert/list";
    }

    /**
     * The experts with an exact phone number, typed into a POST form: reveal-class, so the service checks
     * {@code expert:pii:reveal}, counts the lookup against the account's limit and audits it. The answer page names the
     * number nowhere and is never cached.
     */
    @PostMapping("/phone-lookup")
    @PreAuthorize("hasAuthority('expert:view') and hasAuthority('expert:pii:reveal')")
    String phoneLookup(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String phone, Model model,
                       HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try {
            List<Expert> found = pool.findByPhone(phone, user.scope());
            model.addAttribute("found", found);
            model.addAttribute("phones", found.stream().collect(Collectors.toMap(Expert::getId, pool::maskedPhone)));
        } catch (RuleViolation violation) {
            model.addAttribute("lookupError", violation.messageKeys().get(0));
        } catch (LookupLimitExceededException limited) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("limited", limited);
        }
        return "expert/phone-lookup";
    }

    /** The lookup answers POSTs only; a link to it (or the language switch) leads back to the list. */
    @GetMapping("/phone-lookup")
    @PreAuthorize("hasAuthority('expert:view')")
    String phoneLookupByLink() {
        return "redirect:/experts";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('expert:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q, @RequestParam(required = false) BrandType brandType,
                @RequestParam(required = false) IndustrySection industry, @RequestParam(required = false) String region,
                @RequestParam(required = false) Boolean active, Locale locale, HttpServletResponse response) throws IOException {
        List<Expert> rows = pool.export(filter(q, brandType, industry, region, active), user.scope(), DEFAULT_SORT);
        Map<Long, ExpertStanding> standings = pool.standings(user.scope());
        Map<Long, AccountChoice> accounts = accounts(user);
        List<String> headers = Arrays.stream(new String[]{"name", "organisation", "title", "fields", "brandTypes", "industries",
                "occupations", "homeRegion", "phone", "account", "active", "assignments", "conflicts"})
                .map(h -> messages.text(locale, "expert.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "expert.export.name"), headers, rows.stream().map(e -> Arrays.<Object>asList(
                e.getName(), e.getOrganisation(), e.getTitle(), e.getFields(),
                e.getBrandTypes().stream().map(t -> messages.text(locale, "brand.type." + t)).collect(Collectors.joining("、")),
                e.getIndustries().stream().map(i -> i + " " + messages.text(locale, "industry." + i)).collect(Collectors.joining("、")),
                e.getOccupations(), regions.find(e.getHomeRegionCode()).map(Region::getFullName).orElse(e.getHomeRegionCode()),
                pool.maskedPhone(e), e.getAccountId() == null || accounts.get(e.getAccountId()) == null ? "" : accounts.get(e.getAccountId()).username(),
                messages.text(locale, e.isActive() ? "expert.active" : "expert.inactive"),
                standings.getOrDefault(e.getId(), new ExpertStanding(0, 0)).assignments(),
                standings.getOrDefault(e.getId(), new ExpertStanding(0, 0)).conflicts())).toList());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('expert:view')")
    @Transactional(readOnly = true)
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        Expert expert = pool.get(id, user.scope());
        model.addAttribute("expert", expert);
        model.addAttribute("phone", pool.maskedPhone(expert));
        model.addAttribute("standing", pool.standings(user.scope()).getOrDefault(id, new ExpertStanding(0, 0)));
        model.addAttribute("account", expert.getAccountId() == null ? null : accounts(user).get(expert.getAccountId()));
        return "expert/detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('expert:manage')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, Model model) {
        model.addAttribute("form", ExpertForm.empty());
        return formPage(user, null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('expert:manage')")
    String create(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") ExpertForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = pool.create(form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "expert.created");
            return "redirect:/experts/" + id;
        }, () -> formPage(user, null, model));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('expert:manage')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        Expert expert = pool.get(id, user.scope());
        model.addAttribute("form", ExpertForm.of(expert.details(), expert.getVersion()));
        return formPage(user, expert, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('expert:manage')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") ExpertForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        Expert expert = pool.get(id, user.scope());
        return Forms.submit(errors, () -> {
            pool.update(id, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "expert.saved");
            return "redirect:/experts/" + id;
        }, () -> formPage(user, expert, model));
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasAuthority('expert:manage')")
    String deactivate(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam long version,
                      @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            pool.deactivate(id, version, reason, user.scope());
            redirect.addFlashAttribute("flashSuccess", "expert.deactivated");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/experts/" + id;
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize("hasAuthority('expert:manage')")
    String activate(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam long version,
                    RedirectAttributes redirect) {
        try {
            pool.activate(id, version, user.scope());
            redirect.addFlashAttribute("flashSuccess", "expert.activated");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/experts/" + id;
    }

    private String formPage(SignedInAccount user, Expert expert, Model model) {
        model.addAttribute("expert", expert);
        model.addAttribute("accountChoices", pool.expertAccounts(user.scope()));
        addChoices(model);
        return "expert/form";
    }

    private void addChoices(Model model) {
        model.addAttribute("brandTypes", BrandType.values());
        model.addAttribute("industries", IndustrySection.values());
        model.addAttribute("regions", regions.all().stream().filter(r -> r.getLevel().name().equals("PROVINCE") || r.getLevel().name().equals("PREFECTURE")).toList());
    }

    private Map<Long, AccountChoice> accounts(SignedInAccount user) {
        return pool.expertAccounts(user.scope()).stream().collect(Collectors.toMap(AccountChoice::id, Function.identity()));
    }

    private ExpertFilter filter(String q, BrandType brandType, IndustrySection industry, String region, Boolean active) {
        return new ExpertFilter(q, brandType == null ? null : brandType.name(), industry == null ? null : industry.name(),
                region == null || region.isBlank() ? null : regions.coveredCodes(region), active);
    }
}
