package cn.jilin.laborbrand.web.survey;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import cn.jilin.laborbrand.registry.survey.BrandSurvey;
import cn.jilin.laborbrand.registry.survey.ReturnAction;
import cn.jilin.laborbrand.registry.survey.ReturnBrandRow;
import cn.jilin.laborbrand.registry.survey.SurveyReturn;
import cn.jilin.laborbrand.registry.survey.SurveyService;
import cn.jilin.laborbrand.web.support.Forms;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * /surveys/returns/{id}: a prefecture-level unit's survey return — read it, fill it in, and take the steps of its
 * workflow (submit; return for revision; accept). Which step is allowed to whom is the survey module's table
 * ({@link ReturnAction}); this controller only passes the request on.
 */
@Controller
@RequestMapping("/surveys/returns")
class SurveyReturnController {

    static final List<BrandMaturity> GROUP_MATURITIES = List.of(BrandMaturity.UNNAMED, BrandMaturity.EMERGING);

    private final SurveyService surveys;

    SurveyReturnController(SurveyService surveys) {
        this.surveys = surveys;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('survey:view')")
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        SurveyReturn ret = surveys.getReturn(id, user.scope());
        BrandSurvey survey = surveys.round(ret.getSurveyId());
        model.addAttribute("ret", ret);
        model.addAttribute("survey", survey);
        model.addAttribute("history", surveys.history(id, user.scope()));
        model.addAttribute("steps", surveys.availableSteps(ret).stream().map(Enum::name).toList());
        model.addAttribute("editable", survey.isOpen() && user.can(ReturnAction.SAVE.permission())
                && ReturnAction.SAVE.allowedFrom(ret.getState()));
        return "survey/return";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('survey:return:file')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model, RedirectAttributes redirect) {
        SurveyReturn ret = surveys.getReturn(id, user.scope());
        if (!surveys.round(ret.getSurveyId()).isOpen() || !ReturnAction.SAVE.allowedFrom(ret.getState())) {
            redirect.addFlashAttribute("flashError", "survey.return.notEditable");
            return "redirect:/surveys/returns/" + id;
        }
        List<ReturnBrandRow> lines = surveys.brandRowsForEditing(id, user.scope());
        model.addAttribute("form", ReturnForm.of(ret.getVersion(), lines, ret.getGroupRows()));
        return formPage(ret, lines, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('survey:return:file')")
    String save(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") ReturnForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        SurveyReturn ret = surveys.getReturn(id, user.scope());
        if (!errors.hasErrors()) {
            try {
                surveys.save(id, form.getVersion(), form.content(), user.scope());
                redirect.addFlashAttribute("flashSuccess", "survey.return.saved");
                return "redirect:/surveys/returns/" + id;
            } catch (RuleViolation violation) {
                Forms.reject(errors, violation);
            }
        }
        return formPage(ret, surveys.brandRowsForEditing(id, user.scope()), model);
    }

    /** submit, return (with a reason) or accept; anything else is not a page. */
    @PostMapping("/{id}/{action}")
    @PreAuthorize("hasAnyAuthority('survey:return:file', 'survey:manage')")
    String act(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable String action,
               @RequestParam long version, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        ReturnAction step = step(action);
        try {
            surveys.act(id, version, step, reason, user.scope());
            redirect.addFlashAttribute("flashSuccess", "survey.return.done." + step);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/surveys/returns/" + id;
    }

    private static ReturnAction step(String action) {
        for (ReturnAction candidate : ReturnAction.values()) {
            if (candidate.isTransition() && candidate.name().equalsIgnoreCase(action)) {
                return candidate;
            }
        }
        throw new NotFoundException("survey return action", action);
    }

    private String formPage(SurveyReturn ret, List<ReturnBrandRow> lines, Model model) {
        model.addAttribute("ret", ret);
        model.addAttribute("survey", surveys.round(ret.getSurveyId()));
        Map<Long, ReturnBrandRow> brands = lines.stream().collect(Collectors.toMap(ReturnBrandRow::getBrandId, Function.identity()));
        model.addAttribute("brandLabels", brands);
        model.addAttribute("maturities", BrandMaturity.values());
        model.addAttribute("groupMaturities", GROUP_MATURITIES);
        return "survey/return-form";
    }
}
