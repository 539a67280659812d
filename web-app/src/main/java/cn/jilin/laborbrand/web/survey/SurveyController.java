package cn.jilin.laborbrand.web.survey;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.registry.survey.BrandSurvey;
import cn.jilin.laborbrand.registry.survey.ReturnState;
import cn.jilin.laborbrand.registry.survey.RoundProgress;
import cn.jilin.laborbrand.registry.survey.SurveyReturnWorkflow;
import cn.jilin.laborbrand.registry.survey.SurveyService;
import cn.jilin.laborbrand.registry.survey.SurveyStatus;
import cn.jilin.laborbrand.web.support.Dates;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

/**
 * /surveys: the yearly brand survey rounds (劳务品牌摸底调查), how far each has come, and the state of each
 * prefecture-level unit's return; HRSS opens and closes rounds, a bureau starts its region's return. The roll-up is
 * {@link SurveyRollUpController}'s, a return's own page {@link SurveyReturnController}'s.
 */
@Controller
@RequestMapping("/surveys")
class SurveyController {

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("year"));

    private final SurveyService surveys;
    private final Dates dates;
    private final Messages messages;

    SurveyController(SurveyService surveys, Messages messages, Dates dates) {
        this.surveys = surveys;
        this.dates = dates;
        this.messages = messages;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('survey:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) SurveyStatus status,
                Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, DEFAULT_SORT, Set.of("year", "title", "deadline", "status"));
        Page<BrandSurvey> rounds = surveys.rounds(status, page);
        model.addAttribute("page", rounds);
        model.addAttribute("progress", surveys.progress(rounds.getContent().stream().map(BrandSurvey::getId).toList(), user.scope()));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("status", status);
        model.addAttribute("statuses", SurveyStatus.values());
        model.addAttribute("today", dates.today());
        return "survey/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('survey:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) SurveyStatus status,
                Locale locale, HttpServletResponse response) throws IOException {
        List<BrandSurvey> rows = surveys.exportRounds(status, DEFAULT_SORT);
        Map<Long, RoundProgress> progress = surveys.progress(rows.stream().map(BrandSurvey::getId).toList(), user.scope());
        List<String> headers = Arrays.stream(new String[]{"year", "title", "deadline", "status", "filed", "accepted", "demo"})
                .map(k -> messages.text(locale, "survey.column." + k)).toList();
        XlsxDownload.send(response, messages.text(locale, "survey.export.rounds"), headers, rows.stream().map(s -> Arrays.<Object>asList(
                s.getYear(), s.getTitle(), s.getDeadline(), messages.text(locale, "survey.status." + s.getStatus()),
                progress.get(s.getId()).filed(), progress.get(s.getId()).accepted(),
                s.isDemo() ? messages.text(locale, "survey.demo") : "")).toList());
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('survey:manage')")
    String newForm(Model model) {
        int year = dates.today().getYear();
        model.addAttribute("form", RoundForm.forYear(year, messages.text(Locale.SIMPLIFIED_CHINESE, "survey.title.default", String.valueOf(year))));
        return "survey/form";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('survey:manage')")
    String open(@Valid @ModelAttribute("form") RoundForm form, BindingResult errors, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = surveys.open(form.round());
            redirect.addFlashAttribute("flashSuccess", "survey.opened");
            return "redirect:/surveys/" + id;
        }, () -> "survey/form");
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('survey:view')")
    @Transactional(readOnly = true)
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id,
                  @RequestParam(required = false) ReturnState state, Model model) {
        model.addAttribute("survey", surveys.round(id));
        model.addAttribute("units", surveys.units(id, state, user.scope()));
        model.addAttribute("progress", surveys.progress(List.of(id), user.scope()).get(id));
        model.addAttribute("canFile", surveys.filingRegion(user.scope()).isPresent() && user.can(SurveyReturnWorkflow.FILE));
        model.addAttribute("state", state);
        model.addAttribute("states", ReturnState.values());
        model.addAttribute("today", dates.today());
        return "survey/detail";
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAuthority('survey:manage')")
    String close(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            surveys.close(id, version);
            redirect.addFlashAttribute("flashSuccess", "survey.closed");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/surveys/" + id;
    }

    /** The bureau starts (or reopens) its region's return for this round. */
    @PostMapping("/{id}/returns")
    @PreAuthorize("hasAuthority('survey:return:file')")
    String start(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, RedirectAttributes redirect) {
        try {
            long returnId = surveys.start(id, user.scope());
            return "redirect:/surveys/returns/" + returnId + "/edit";
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
            return "redirect:/surveys/" + id;
        }
    }
}
