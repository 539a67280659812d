package cn.jilin.laborbrand.web.survey;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import cn.jilin.laborbrand.registry.survey.ReturnAction;
import cn.jilin.laborbrand.registry.survey.ReturnBrandRow;
import cn.jilin.laborbrand.registry.survey.SurveyReturn;
import cn.jilin.laborbrand.registry.survey.SurveyReturnService;
import cn.jilin.laborbrand.registry.survey.SurveyReturnWorkflow;
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
 * /surveys/returns/{id}: a prefecture-level unit's survey return — read it, fill it in, and take the steps of its
 * workflow ({@code POST /surveys/returns/{id}/{action}}: submit; return for revision, with a reason in {@code comment};
 * accept). Which step is allowed to whom is the survey module's table ({@link SurveyReturnWorkflow}); this controller
 * only passes the request on.
 */
@Controller
@RequestMapping("/surveys/returns")
class SurveyReturnController {

    static final List<BrandMaturity> GROUP_MATURITIES = List.of(BrandMaturity.UNNAMED, BrandMaturity.EMERGING);

    private final SurveyService surveys;
    private final SurveyReturnService returns;
    private final SurveyReturnWorkflow workflow;

    SurveyReturnController(SurveyService surveys, SurveyReturnService returns, SurveyReturnWorkflow workflow) {
        this.surveys = surveys;
        this.returns = returns;
        this.workflow = workflow;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('survey:view')")
    @Transactional(readOnly = true)
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        SurveyReturn ret = returns.getReturn(id, user.scope());
        model.addAttribute("ret", ret);
        model.addAttribute("survey", surveys.round(ret.getSurveyId()));
        model.addAttribute("history", returns.history(id, user.scope()));
        model.addAttribute("steps", workflow.available(id, user.scope()).stream().map(Enum::name).toList());
        model.addAttribute("editable", returns.editable(id, user.scope()));
        return "survey/return";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('survey:return:file')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model, RedirectAttributes redirect) {
        SurveyReturn ret = returns.getReturn(id, user.scope());
        if (!returns.editable(id, user.scope())) {
            redirect.addFlashAttribute("flashError", "survey.return.notEditable");
            return "redirect:/surveys/returns/" + id;
        }
        List<ReturnBrandRow> lines = returns.brandRowsForEditing(id, user.scope());
        model.addAttribute("form", ReturnForm.of(ret.getVersion(), lines, ret.getGroupRows()));
        return formPage(ret, lines, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('survey:return:file')")
    String save(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") ReturnForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        SurveyReturn ret = returns.getReturn(id, user.scope());
        return Forms.submit(errors, () -> {
            returns.save(id, form.getVersion(), form.content(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "survey.return.saved");
            return "redirect:/surveys/returns/" + id;
        }, () -> formPage(ret, returns.brandRowsForEditing(id, user.scope()), model));
    }

    /** submit, return (with a reason) or accept; any other segment is not a page. */
    @PostMapping("/{id}/{action}")
    @PreAuthorize("hasAnyAuthority('survey:return:file', 'survey:manage')")
    String act(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable String action,
               @RequestParam long version, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        ReturnAction step = workflow.action(action).orElseThrow(() -> new NotFoundException("survey return action", action));
        try {
            workflow.take(id, step, version, comment, user.scope());
            redirect.addFlashAttribute("flashSuccess", "survey.return.done." + step);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/surveys/returns/" + id;
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
