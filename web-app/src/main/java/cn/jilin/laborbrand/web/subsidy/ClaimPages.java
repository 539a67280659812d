package cn.jilin.laborbrand.web.subsidy;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.workflow.Workflow;
import cn.jilin.laborbrand.subsidy.claim.ClaimAction;
import cn.jilin.laborbrand.subsidy.claim.ClaimDecisions;
import cn.jilin.laborbrand.subsidy.claim.ClaimObjections;
import cn.jilin.laborbrand.subsidy.claim.ClaimService;
import cn.jilin.laborbrand.subsidy.claim.SubsidyClaim;
import cn.jilin.laborbrand.subsidy.policy.PolicyService;
import cn.jilin.laborbrand.subsidy.rule.Finding;
import cn.jilin.laborbrand.web.support.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The claim's page, assembled once for every handler that shows it (the page itself, a refused account or objection
 * form, an account revealed): the claim, its people masked, the rule engine's findings in the reader's language, the
 * steps the user may take, objections, recoveries and history.
 */
@Component
class ClaimPages {

    /** A button of the page: the step, its URL segment and whether it asks for a reason. */
    record Step(ClaimAction action, String slug, boolean reasonRequired) {
    }

    private final ClaimService claims;
    private final ClaimDecisions decisions;
    private final ClaimObjections objections;
    private final PolicyService policies;
    private final Messages messages;
    private final Clock clock;

    ClaimPages(ClaimService claims, ClaimDecisions decisions, ClaimObjections objections, PolicyService policies, Messages messages, Clock clock) {
        this.claims = claims;
        this.decisions = decisions;
        this.objections = objections;
        this.policies = policies;
        this.messages = messages;
        this.clock = clock;
    }

    String detail(SignedInAccount user, long id, Locale locale, Model model) {
        SubsidyClaim claim = claims.get(id, user.scope());
        model.addAttribute("claim", claim);
        model.addAttribute("policy", policies.get(claim.getPolicyId()));
        model.addAttribute("people", claims.people(id, user.scope()).stream()
                .map(p -> new ShownPerson(p.getName(), claims.maskedId(p), p.getOccupationCode(), p.getSkillLevel(), p.getEvidenceDate(), p.getAmount()))
                .toList());
        model.addAttribute("findings", findings(claims.findings(claim), locale));
        model.addAttribute("account", claims.maskedAccount(claim));
        model.addAttribute("steps", decisions.available(claim).stream()
                .map(a -> new Step(a, Workflow.slug(a), decisions.needsReason(a))).toList());
        model.addAttribute("history", claims.history(id, user.scope()));
        model.addAttribute("objections", objections.of(id, user.scope()));
        model.addAttribute("recoveries", decisions.recoveries(id, user.scope()));
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("accountForm")) {
            model.addAttribute("accountForm", new AccountForm(claim.getAccountKind(), "", claim.getBankName(), claim.getVersion()));
        }
        if (!model.containsAttribute("objectionForm")) {
            model.addAttribute("objectionForm", new ObjectionForms.ObjectionForm(LocalDate.now(clock), "", ""));
        }
        if (!model.containsAttribute("recoveryForm")) {
            model.addAttribute("recoveryForm", new ObjectionForms.RecoveryForm(null, "", LocalDate.now(clock), claim.getVersion()));
        }
        return "subsidy/claim/detail";
    }

    /** Each finding as a sentence: the person it concerns, then the reason. */
    List<String> findings(List<Finding> findings, Locale locale) {
        return findings.stream().map(f -> (f.personName() == null ? "" : f.personName() + "：")
                + messages.text(locale, f.messageKey(), f.arguments().toArray())).toList();
    }

    /** A person of the claim as its page shows them: the resident ID masked. */
    record ShownPerson(String name, String residentId, String occupationCode, Integer skillLevel, LocalDate evidenceDate,
                       java.math.BigDecimal amount) {
    }
}
