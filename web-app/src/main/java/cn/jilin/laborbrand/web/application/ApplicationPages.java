package cn.jilin.laborbrand.web.application;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.attachment.StoredFile;
import cn.jilin.laborbrand.platform.review.ReviewService;
import cn.jilin.laborbrand.registry.application.ApplicationNoticeService;
import cn.jilin.laborbrand.registry.application.ApplicationQueries;
import cn.jilin.laborbrand.registry.application.ApplicationReviewService;
import cn.jilin.laborbrand.registry.application.ApplicationService;
import cn.jilin.laborbrand.registry.application.ApplicationWorkflow;
import cn.jilin.laborbrand.registry.application.BrandApplication;
import cn.jilin.laborbrand.web.support.Dates;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * An application's page, as it is first shown and as it is shown again with the errors of a form posted on it (the
 * ministry's decision): the application, its files, history, objections, review and the steps the user may take now.
 */
@Component
class ApplicationPages {

    private final ApplicationQueries queries;
    private final ApplicationService drafting;
    private final ApplicationWorkflow workflow;
    private final ApplicationReviewService review;
    private final ApplicationNoticeService notice;
    private final ReviewService reviews;
    private final Dates dates;

    ApplicationPages(ApplicationQueries queries, ApplicationService drafting, ApplicationWorkflow workflow, ApplicationReviewService review,
                     ApplicationNoticeService notice, ReviewService reviews, Dates dates) {
        this.queries = queries;
        this.drafting = drafting;
        this.workflow = workflow;
        this.review = review;
        this.notice = notice;
        this.reviews = reviews;
        this.dates = dates;
    }

    /** The page, in one read-only transaction (a record found within the scope is read once). */
    @Transactional(readOnly = true)
    public String detail(SignedInAccount user, long id, Model model) {
        BrandApplication application = queries.get(id, user.scope());
        model.addAttribute("app", application);
        model.addAttribute("brand", queries.brandNames(List.of(application.getBrandId())).get(application.getBrandId()));
        model.addAttribute("phone", drafting.maskedPhone(application));
        List<StoredFile> files = drafting.files(id, user.scope());
        model.addAttribute("files", files);
        model.addAttribute("ministryDocument", files.stream().filter(f -> application.getMinistryAttachmentId() != null
                && f.id() == application.getMinistryAttachmentId()).findFirst().orElse(null));
        model.addAttribute("steps", queries.history(id, user.scope()));
        model.addAttribute("objections", notice.objections(id, user.scope()));
        model.addAttribute("actions", workflow.available(application));
        model.addAttribute("today", dates.today());
        if (user.can("brand:application:review")) {
            model.addAttribute("summary", review.summary(id, user.scope()));
            model.addAttribute("candidates", review.candidates(id, user.scope()));
        }
        reviews.myAssignmentOn(BrandApplication.SUBJECT_TYPE, id).ifPresent(a -> {
            model.addAttribute("myAssignment", a);
            model.addAttribute("rubric", reviews.rubric("brand_application"));
        });
        for (String form : List.of(MinistryDecisionForm.DESIGNATE, MinistryDecisionForm.DECLINE)) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, MinistryDecisionForm.empty(application.getVersion()));
            }
        }
        return "application/detail";
    }
}
