package cn.jilin.laborbrand.web.application;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.registry.application.MinistryDecision;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The ministry's decision on a national application as HRSS posts it on the application's page: its document number
 * (文号) and date, the document if at hand, and a remark (for a brand the ministry did not select, the reason). What
 * makes a decision acceptable is the workflow's rule; the form only carries it.
 */
record MinistryDecisionForm(long version, String documentNumber, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentDate,
                            @Size(max = 2000) String comment, MultipartFile file) {

    /** The model names of the two forms on the page: designated by the ministry, not selected by it. */
    static final String DESIGNATE = "ministryDesignateForm";
    static final String DECLINE = "ministryDeclineForm";

    static MinistryDecisionForm empty(long version) {
        return new MinistryDecisionForm(version, "", null, "", null);
    }

    /** The decision with the document's bytes; an upload that cannot be read is refused on its field. */
    MinistryDecision decision() {
        try {
            boolean sent = file != null && !file.isEmpty();
            return new MinistryDecision(documentNumber, documentDate, sent ? file.getOriginalFilename() : null, sent ? file.getBytes() : null);
        } catch (IOException e) {
            throw new RuleViolation("file", "attachment.empty");
        }
    }
}
