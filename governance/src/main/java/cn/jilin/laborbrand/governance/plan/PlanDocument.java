package cn.jilin.laborbrand.governance.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** 吉林省劳务品牌建设实施方案 (吉人社联〔2022〕73号): the document's facts, loaded by migration and never edited here. */
@Entity
@Immutable
@Table(name = "plan_document")
public class PlanDocument {

    @Id
    private Long id;

    @Column(name = "doc_number")
    private String docNumber;

    @Column(name = "index_number")
    private String indexNumber;

    private String title;

    @Column(name = "notice_title")
    private String noticeTitle;

    private String issuer;

    @Column(name = "written_on")
    private LocalDate writtenOn;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    private String basis;

    private String preamble;

    @Column(name = "reporting_from")
    private LocalDate reportingFrom;

    @Column(name = "report_grace_days")
    private int reportGraceDays;

    protected PlanDocument() {
    }

    public String getDocNumber() {
        return docNumber;
    }

    public String getIndexNumber() {
        return indexNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getNoticeTitle() {
        return noticeTitle;
    }

    public String getIssuer() {
        return issuer;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getBasis() {
        return basis;
    }

    public String getPreamble() {
        return preamble;
    }

    /** The first day of the first quarter whose progress reports are due on the platform. */
    public LocalDate getReportingFrom() {
        return reportingFrom;
    }

    /** Days after a quarter's end by which its report is due. */
    public int getReportGraceDays() {
        return reportGraceDays;
    }
}
