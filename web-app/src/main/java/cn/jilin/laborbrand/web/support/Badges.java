package cn.jilin.laborbrand.web.support;

import cn.jilin.laborbrand.governance.city.CityPlanStatus;
import cn.jilin.laborbrand.governance.task.ReportState;
import cn.jilin.laborbrand.governance.task.TaskStatus;
import cn.jilin.laborbrand.promotion.campaign.CampaignState;
import cn.jilin.laborbrand.promotion.campaign.NominationState;
import cn.jilin.laborbrand.registry.application.ApplicationState;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.catalog.CatalogStatus;
import cn.jilin.laborbrand.registry.credit.CreditRating;
import cn.jilin.laborbrand.registry.credit.ViolationSeverity;
import cn.jilin.laborbrand.registry.finance.InsuranceStatus;
import cn.jilin.laborbrand.registry.finance.PledgeStatus;
import cn.jilin.laborbrand.registry.survey.ReturnState;
import cn.jilin.laborbrand.subsidy.batch.BatchState;
import cn.jilin.laborbrand.subsidy.claim.ClaimState;
import cn.jilin.laborbrand.training.base.BaseLevel;
import cn.jilin.laborbrand.training.base.BaseState;
import cn.jilin.laborbrand.training.cooperation.VacancyStatus;
import cn.jilin.laborbrand.training.course.CourseStatus;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The coloured badges of states, statuses and levels ({@code <span class="badge badge-soft text-bg-…">label</span>}),
 * the colour of every value in one table and each badge written once per value and language, then reused. Templates
 * write {@code th:utext="${#badges.of(b.level)}"} (see {@code TemplateHelpers}). A list page shows two or three badges a row; as template fragments
 * each one was a fragment insertion and a chain of up to six conditional expressions, a good part of rendering a list.
 */
@Component
public class Badges {

    private static final String NEUTRAL = "text-bg-secondary";

    private record Kind(String messagePrefix, Map<String, String> colours, String otherwise) {
    }

    /** Per enum type: the message key before the value's name, the colour of named values, the colour of the rest. */
    private static final Map<Class<?>, Kind> KINDS = Map.ofEntries(
            Map.entry(BrandLevel.class, new Kind("brand.level.",
                    Map.of("NATIONAL", "text-bg-danger", "PROVINCIAL", "text-bg-primary", "MUNICIPAL", "text-bg-success"), NEUTRAL)),
            Map.entry(CreditRating.class, new Kind("credit.rating.",
                    Map.of("A", "text-bg-success", "B", "text-bg-primary", "C", "text-bg-warning"), "text-bg-danger")),
            Map.entry(ViolationSeverity.class, new Kind("credit.severity.",
                    Map.of("MINOR", NEUTRAL, "SERIOUS", "text-bg-warning"), "text-bg-danger")),
            Map.entry(ApplicationState.class, new Kind("application.state.",
                    Map.of("DESIGNATED", "text-bg-success", "REJECTED", NEUTRAL, "NOT_SELECTED", NEUTRAL, "WITHDRAWN", NEUTRAL,
                            "RETURNED", "text-bg-warning", "PUBLIC_NOTICE", "text-bg-danger", "MINISTRY_REVIEW", "text-bg-info"),
                    "text-bg-primary")),
            Map.entry(ClaimState.class, new Kind("subsidy.claim.state.",
                    Map.of("PAID", "text-bg-success", "REJECTED", "text-bg-danger", "PAYMENT_FAILED", "text-bg-danger",
                            "RECOVERED", "text-bg-danger", "DRAFT", NEUTRAL, "WITHDRAWN", NEUTRAL, "RETURNED", NEUTRAL),
                    "text-bg-primary")),
            Map.entry(BatchState.class, new Kind("subsidy.batch.state.",
                    Map.of("SETTLED", "text-bg-success", "CANCELLED", NEUTRAL), "text-bg-primary")),
            Map.entry(TaskStatus.class, new Kind("task.status.",
                    Map.of("DONE", "text-bg-success", "AT_RISK", "text-bg-warning", "ON_TRACK", "text-bg-primary"), NEUTRAL)),
            Map.entry(ReportState.class, new Kind("report.state.",
                    Map.of("ACCEPTED", "text-bg-success", "RETURNED", "text-bg-warning", "SUBMITTED", "text-bg-primary"), NEUTRAL)),
            Map.entry(CourseStatus.class, new Kind("course.status.",
                    Map.of("RUNNING", "text-bg-primary", "FINISHED", "text-bg-success", "CANCELLED", "text-bg-danger"), NEUTRAL)),
            Map.entry(BaseLevel.class, new Kind("base.level.",
                    Map.of("PROVINCIAL", "text-bg-primary", "MUNICIPAL", "text-bg-success"), NEUTRAL)),
            Map.entry(BaseState.class, new Kind("base.state.",
                    Map.of("DESIGNATED", "text-bg-success", "RECOMMENDED", "text-bg-primary", "RECTIFYING", "text-bg-warning",
                            "REVOKED", "text-bg-danger"), NEUTRAL)),
            Map.entry(CatalogStatus.class, new Kind("catalog.status.", Map.of("LISTED", "text-bg-success"), NEUTRAL)),
            Map.entry(VacancyStatus.class, new Kind("cooperation.vacancy.status.",
                    Map.of("OPEN", "text-bg-success", "FILLED", "text-bg-info"), NEUTRAL)),
            Map.entry(ReturnState.class, new Kind("survey.return.state.",
                    Map.of("ACCEPTED", "text-bg-success", "SUBMITTED", "text-bg-primary", "RETURNED", "text-bg-warning"), NEUTRAL)),
            Map.entry(CampaignState.class, new Kind("campaign.state.",
                    Map.of("PUBLISHED", "text-bg-success", "CANCELLED", NEUTRAL, "DRAFT", "text-bg-light border"), "text-bg-primary")),
            Map.entry(NominationState.class, new Kind("nomination.state.",
                    Map.of("WON", "text-bg-success", "REJECTED", "text-bg-danger", "REMOVED", "text-bg-danger", "DRAFT", NEUTRAL,
                            "WITHDRAWN", NEUTRAL, "NOT_SELECTED", NEUTRAL, "RETURNED", "text-bg-warning"), "text-bg-primary")),
            Map.entry(PledgeStatus.class, new Kind("finance.pledge.status.", Map.of("REPAID", "text-bg-success"), "text-bg-primary")),
            Map.entry(InsuranceStatus.class, new Kind("finance.insurance.status.",
                    Map.of("IN_FORCE", "text-bg-success", "PENDING", "text-bg-primary"), NEUTRAL)),
            Map.entry(CityPlanStatus.class, new Kind("city.status.",
                    Map.of("PLAN", "text-bg-success", "GROUP", "text-bg-primary"), NEUTRAL)));

    private final MessageSource messages;
    private final Map<Object, String> written = new ConcurrentHashMap<>();

    Badges(MessageSource messages) {
        this.messages = messages;
    }

    /** The badge of a value of one of the types above, in the current language. */
    public String of(Enum<?> value) {
        Locale locale = LocaleContextHolder.getLocale();
        return written.computeIfAbsent(new Written(value, locale),
                key -> badge(colour(value), text(kind(value).messagePrefix() + value.name(), locale), null));
    }

    /** A brand's credit rating with its explanation as the title; "not rated" when it has none. */
    public String rating(CreditRating rating) {
        Locale locale = LocaleContextHolder.getLocale();
        String key = rating == null ? "credit.rating.none" : "credit.rating." + rating.name();
        return written.computeIfAbsent(new Written(key, locale), k -> badge("rating-badge " + (rating == null ? NEUTRAL : colour(rating)),
                text(key, locale), text(key + ".help", locale)));
    }

    /** A survey return's state; "not returned" (in red) when the unit has none. */
    public String surveyReturn(ReturnState state) {
        if (state != null) {
            return of(state);
        }
        Locale locale = LocaleContextHolder.getLocale();
        return written.computeIfAbsent(new Written("survey.return.none", locale), k -> badge("text-bg-danger", text("survey.return.none", locale), null));
    }

    /** The enum types that have a badge. */
    static Set<Class<?>> kinds() {
        return KINDS.keySet();
    }

    private record Written(Object value, Locale locale) {
    }

    private static Kind kind(Enum<?> value) {
        Kind kind = KINDS.get(value.getDeclaringClass());
        if (kind == null) {
            throw new IllegalArgumentException("no badge for " + value.getDeclaringClass().getName());
        }
        return kind;
    }

    private static String colour(Enum<?> value) {
        Kind kind = kind(value);
        return kind.colours().getOrDefault(value.name(), kind.otherwise());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String badge(String colour, String label, String title) {
        return "<span class=\"badge badge-soft " + colour + "\""
                + (title == null ? "" : " title=\"" + HtmlUtils.htmlEscape(title, "UTF-8") + "\"")
                + ">" + HtmlUtils.htmlEscape(label, "UTF-8") + "</span>";
    }
}
