package cn.jilin.laborbrand.web.training;

import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.crypto.LookupLimitExceededException;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.dispatch.DispatchDetails;
import cn.jilin.laborbrand.training.dispatch.DispatchService;
import cn.jilin.laborbrand.training.dispatch.LaborDispatch;
import cn.jilin.laborbrand.training.dispatch.OrganiserKind;
import cn.jilin.laborbrand.training.trainee.TraineeService;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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

/** /training/dispatches: 劳务输出 — organised output of trainees to employers inside or outside Jilin. */
@Controller
@RequestMapping("/training/dispatches")
class DispatchController {

    /** The dispatch form as posted; the people as resident IDs, one per line. */
    record DispatchForm(@NotNull OrganiserKind organiserKind, @NotBlank @Size(max = 100) String organiserName, @NotBlank String regionCode,
                        String destinationRegionCode, @Size(max = 100) String destinationOutside, @NotBlank @Size(max = 100) String employer,
                        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate, @Size(max = 2000) String note,
                        @NotBlank @Size(max = 40_000) String residentIds) {
        DispatchDetails details() {
            return new DispatchDetails(organiserKind, organiserName, regionCode, destinationRegionCode, destinationOutside, employer, startDate,
                    endDate, note, Arrays.asList(residentIds.split("\\R")));
        }
    }

    private final DispatchService dispatches;
    private final TraineeService trainees;
    private final RegionService regions;
    private final Messages messages;

    DispatchController(DispatchService dispatches, TraineeService trainees, RegionService regions, Messages messages) {
        this.dispatches = dispatches;
        this.trainees = trainees;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('employment:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) OrganiserKind kind, Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, Sort.by(Sort.Order.desc("startDate")), Set.of("startDate", "regionCode", "employer", "organiserKind"));
        model.addAttribute("page", dispatches.search(kind, user.scope(), page));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", OrganiserKind.values());
        return "training/dispatch/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('employment:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, Locale locale, HttpServletResponse response) throws IOException {
        List<LaborDispatch> rows = dispatches.export(user.scope());
        List<String> headers = Arrays.stream(new String[]{"region", "organiserKind", "organiserName", "destination", "employer", "startDate",
                "endDate", "people"}).map(h -> messages.text(locale, "dispatch.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "dispatch.export.name"), headers, rows.stream().map(d -> Arrays.<Object>asList(
                regions.name(d.getRegionCode()), messages.text(locale, "dispatch.organiser." + d.getOrganiserKind()), d.getOrganiserName(),
                d.getDestinationRegionCode() != null ? regions.name(d.getDestinationRegionCode()) : d.getDestinationOutside(), d.getEmployer(),
                d.getStartDate(), d.getEndDate(), d.getPeople())).toList());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('employment:view')")
    @Transactional(readOnly = true)
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        LaborDispatch dispatch = dispatches.get(id, user.scope());
        model.addAttribute("dispatch", dispatch);
        // only the people within the viewer's scope; the others are counted, not named
        Map<Long, String> people = trainees.names(dispatch.getTraineeIds(), user.scope());
        model.addAttribute("people", people);
        model.addAttribute("hiddenPeople", dispatch.getPeople() - people.size());
        return "training/dispatch/detail";
    }

    /** The form names people by full resident ID, a reveal-class lookup: it opens only with trainee:pii:reveal. */
    @GetMapping("/new")
    @PreAuthorize("hasAuthority('employment:edit') and hasAuthority('trainee:pii:reveal')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, Model model) {
        model.addAttribute("form", new DispatchForm(OrganiserKind.HR_AGENCY, "", user.scope().regionCode(), "", "", "", null, null, "", ""));
        return formPage(user.scope(), model);
    }

    /** The service resolves the resident IDs as a reveal-class lookup (trainee:pii:reveal, limit, audit). */
    @PostMapping
    @PreAuthorize("hasAuthority('employment:edit')")
    String record(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") DispatchForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            return Forms.submit(errors, () -> {
                long id = dispatches.record(form.details(), user.scope());
                redirect.addFlashAttribute("flashSuccess", "dispatch.recorded");
                return "redirect:/training/dispatches/" + id;
            }, () -> formPage(user.scope(), model));
        } catch (LookupLimitExceededException limited) {
            // the form comes back with what was typed, and says why
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            errors.reject("pii.lookup.limited", new Object[]{limited.limit().max(), limited.windowMinutes()}, null);
            return formPage(user.scope(), model);
        }
    }

    private String formPage(DataScope scope, Model model) {
        model.addAttribute("kinds", OrganiserKind.values());
        model.addAttribute("regions", regions.within(scope));
        model.addAttribute("destinations", regions.all());
        return "training/dispatch/form";
    }

}
