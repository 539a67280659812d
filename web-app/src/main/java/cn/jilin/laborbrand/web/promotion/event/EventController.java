package cn.jilin.laborbrand.web.promotion.event;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.promotion.event.EventFilter;
import cn.jilin.laborbrand.promotion.event.EventKind;
import cn.jilin.laborbrand.promotion.event.EventService;
import cn.jilin.laborbrand.promotion.event.PromotionEvent;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.Option;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /promotion/events: promotion events (展示交流活动, 三(三)) of the caller's region — list, export, record, edit, outcomes. */
@Controller
@RequestMapping("/promotion/events")
class EventController {

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("startsOn"), Sort.Order.desc("id"));
    private static final Set<String> SORTABLE = Set.of("title", "kind", "startsOn", "regionCode");

    private final EventService events;
    private final BrandService brands;
    private final RegionService regions;
    private final Messages messages;
    private final Clock clock;

    EventController(EventService events, BrandService brands, RegionService regions, Messages messages, Clock clock) {
        this.events = events;
        this.brands = brands;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('promotion:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, @RequestParam(required = false) Long brandId,
                @RequestParam(required = false) EventKind kind, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Boolean publicEvent, Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, DEFAULT_SORT, SORTABLE);
        Page<PromotionEvent> found = events.search(filter(q, region, brandId, kind, year, publicEvent), user.scope(), page);
        model.addAttribute("page", found);
        model.addAttribute("brandNames", names(found.getContent()));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("q", q);
        model.addAttribute("region", region);
        model.addAttribute("brandId", brandId);
        model.addAttribute("kind", kind);
        model.addAttribute("year", year);
        model.addAttribute("publicEvent", publicEvent);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("years", years());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("regions", regions.within(user.scope()));
        return "promotion/event/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('promotion:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, @RequestParam(required = false) Long brandId,
                @RequestParam(required = false) EventKind kind, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Boolean publicEvent, Locale locale, HttpServletResponse response) throws IOException {
        List<PromotionEvent> rows = events.export(filter(q, region, brandId, kind, year, publicEvent), user.scope(), DEFAULT_SORT);
        Map<Long, BrandName> names = names(rows);
        List<String> headers = Arrays.stream(new String[]{"title", "kind", "startsOn", "endsOn", "place", "organiser", "region", "publicEvent",
                "brands", "visitors", "agreements", "agreementAmount", "jobsOffered"})
                .map(h -> messages.text(locale, "promotion.event.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "promotion.event.export.name"), headers, rows.stream().map(e -> Arrays.<Object>asList(
                e.getTitle(), messages.text(locale, "promotion.event.kind." + e.getKind()), e.getStartsOn(), e.getEndsOn(), e.getPlace(),
                e.getOrganiser(), regions.name(e.getRegionCode()),
                messages.text(locale, e.isPublicEvent() ? "promotion.event.public" : "promotion.event.internal"),
                e.getBrandIds().stream().map(names::get).filter(java.util.Objects::nonNull).map(BrandName::name).sorted()
                        .collect(Collectors.joining("、")),
                e.getVisitors(), e.getAgreements(), e.getAgreementAmount(), e.getJobsOffered())).toList());
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('promotion:manage')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, Model model) {
        model.addAttribute("form", EventForm.empty());
        return formPage(user.scope(), null, Set.of(), model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('promotion:manage')")
    String create(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") EventForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = events.create(form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "promotion.event.created");
            return "redirect:/promotion/events/" + id;
        }, () -> formPage(user.scope(), null, form.brandIds(), model));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('promotion:view')")
    @Transactional(readOnly = true)
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        PromotionEvent event = events.get(id, user.scope());
        model.addAttribute("event", event);
        model.addAttribute("brandNames", names(List.of(event)));
        model.addAttribute("begun", !event.getStartsOn().isAfter(LocalDate.now(clock)));
        if (!model.containsAttribute("outcome")) {
            model.addAttribute("outcome", new OutcomeForm(event.getVisitors(), event.getAgreements(), event.getAgreementAmount(),
                    event.getJobsOffered(), event.getOutcomeNote(), event.getVersion()));
        }
        return "promotion/event/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('promotion:manage')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        PromotionEvent event = events.get(id, user.scope());
        model.addAttribute("form", EventForm.of(event));
        return formPage(user.scope(), id, event.getBrandIds(), model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('promotion:manage')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") EventForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        events.get(id, user.scope());
        return Forms.submit(errors, () -> {
            events.update(id, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "promotion.event.updated");
            return "redirect:/promotion/events/" + id;
        }, () -> formPage(user.scope(), id, form.brandIds(), model));
    }

    @PostMapping("/{id}/outcome")
    @PreAuthorize("hasAuthority('promotion:manage')")
    String outcome(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("outcome") OutcomeForm form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        events.get(id, user.scope());
        return Forms.submit(errors, () -> {
            events.recordOutcome(id, form.version(), form.outcome(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "promotion.event.outcome.saved");
            return "redirect:/promotion/events/" + id;
        }, () -> detail(user, id, model));
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('promotion:manage')")
    String delete(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, RedirectAttributes redirect) {
        try {
            events.delete(id, user.scope());
            redirect.addFlashAttribute("flashSuccess", "promotion.event.deleted");
            return "redirect:/promotion/events";
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
            return "redirect:/promotion/events/" + id;
        }
    }

    private String formPage(DataScope scope, Long id, Collection<Long> brandIds, Model model) {
        Set<Long> ids = brandIds == null ? Set.of() : brands.visible(brandIds, scope);
        model.addAttribute("eventId", id);
        model.addAttribute("chosenBrands", brands.names(ids).values().stream()
                .map(b -> new Option(b.id(), b.name(), regions.name(b.regionCode()))).toList());
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("regions", regions.within(scope));
        return "promotion/event/form";
    }

    private Map<Long, BrandName> names(Collection<PromotionEvent> found) {
        Set<Long> ids = new HashSet<>();
        found.forEach(e -> ids.addAll(e.getBrandIds()));
        return brands.names(ids);
    }

    private List<Integer> years() {
        int thisYear = LocalDate.now(clock).getYear();
        return IntStream.rangeClosed(2022, thisYear + 1).map(y -> thisYear + 1 - (y - 2022)).boxed().toList();
    }

    private EventFilter filter(String q, String region, Long brandId, EventKind kind, Integer year, Boolean publicEvent) {
        Integer shownYear = year == null || year < 2000 || year > 2100 ? null : year;
        return new EventFilter(q, region == null || region.isBlank() ? null : regions.coveredCodes(region), brandId, kind, shownYear, publicEvent);
    }
}
