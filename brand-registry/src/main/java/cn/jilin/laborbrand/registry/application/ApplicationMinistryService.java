package cn.jilin.laborbrand.registry.application;

import cn.jilin.laborbrand.platform.PlatformTime;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.attachment.AttachmentService;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.LevelChangeSource;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * 国家级劳务品牌由人社部认定: the province does not designate a national brand. After the notice HRSS recommends the
 * application to the ministry (人社部), on the conditions a designation would have to meet, and records the ministry's
 * decision when it comes, with the ministry's document number (文号) and date and, if at hand, the document itself:
 * designated, which only now makes the brand national, or not selected, with the reason. The steps are
 * {@link ApplicationWorkflow}'s; this is what they do besides moving the application.
 */
@Service
class ApplicationMinistryService {

    /** The purpose of the ministry's document among the application's attachments. */
    static final String DOCUMENT_PURPOSE = "MINISTRY_DECISION";
    /** Longer than any 文号 (人社部函〔2025〕123号 has 15 characters), short enough to be one. */
    static final int MAX_DOCUMENT_NUMBER = 50;

    private final ApplicationNoticeService notice;
    private final BrandService brands;
    private final AttachmentService attachments;
    private final Clock clock;

    ApplicationMinistryService(ApplicationNoticeService notice, BrandService brands, AttachmentService attachments, Clock clock) {
        this.notice = notice;
        this.brands = brands;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** The step RECOMMEND_TO_MINISTRY: the notice ended, every objection resolved and none upheld, as for a designation. */
    void recommend(BrandApplication application) {
        notice.requireNoticeCleared(application, "application.recommendToMinistry");
        application.recommendedToMinistry(clock.instant());
    }

    /**
     * The ministry's decision as it will be recorded (the number trimmed), or a refusal on the field at fault: a number
     * (at most 50 characters) and a date are required, the date neither in the future nor before the recommendation;
     * a ministry that did not select the brand is recorded with the reason.
     */
    MinistryDecision check(BrandApplication application, MinistryDecision decision, String reason, boolean reasonRequired) {
        String number = decision == null || decision.documentNumber() == null ? "" : decision.documentNumber().strip();
        if (number.isEmpty()) {
            throw new RuleViolation("documentNumber", "application.ministry.numberRequired");
        }
        if (number.length() > MAX_DOCUMENT_NUMBER) {
            throw new RuleViolation("documentNumber", "application.ministry.numberTooLong");
        }
        LocalDate date = decision.documentDate();
        if (date == null) {
            throw new RuleViolation("documentDate", "application.ministry.dateRequired");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("documentDate", "application.ministry.dateInFuture");
        }
        if (application.getMinistryRecommendedAt() != null
                && date.isBefore(application.getMinistryRecommendedAt().atZone(PlatformTime.ZONE).toLocalDate())) {
            throw new RuleViolation("documentDate", "application.ministry.dateBeforeRecommendation");
        }
        if (reasonRequired && (reason == null || reason.isBlank())) {
            throw new RuleViolation("comment", "workflow.reason.required");
        }
        return new MinistryDecision(number, date, decision.filename(), decision.file());
    }

    /** The history's comment of a decision: the document, then the reason or remark, if any. */
    static String comment(MinistryDecision decision, String reason) {
        return "人社部文号 " + decision.documentNumber() + "（" + decision.documentDate() + "）" + (reason == null ? "" : "：" + reason);
    }

    /** The step MINISTRY_DESIGNATE: the ministry designated the brand; its level becomes national, on the ministry's document. */
    void designated(BrandApplication application, MinistryDecision decision) {
        record(application, decision);
        application.designated(clock.instant());
        brands.designate(application.getBrandId(), BrandLevel.NATIONAL, LevelChangeSource.MINISTRY, application.getId(),
                decision.documentNumber(), "人社部认定，文号 " + decision.documentNumber() + "（" + decision.documentDate() + "）");
    }

    /** The step MINISTRY_DECLINE: the ministry did not select the brand; its level stays. */
    void notSelected(BrandApplication application, MinistryDecision decision, String reason) {
        record(application, decision);
        application.decided(reason);
    }

    private void record(BrandApplication application, MinistryDecision decision) {
        Long attachment = null;
        if (decision.hasFile()) {
            attachment = attachments.store(BrandApplication.SUBJECT_TYPE, application.getId(), DOCUMENT_PURPOSE, decision.filename(),
                    decision.file(), ApplicationService.FILE_TYPES, AttachmentService.MAX_BYTES, "file").id();
        }
        application.ministryDecided(decision.documentNumber(), decision.documentDate(), attachment);
    }
}
