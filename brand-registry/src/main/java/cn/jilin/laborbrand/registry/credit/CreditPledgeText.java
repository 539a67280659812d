package cn.jilin.laborbrand.registry.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** One version of the self-discipline pledge's text (诚信经营自律承诺书); reference data, added by migration. */
@Entity
@Immutable
@Table(name = "credit_pledge_text")
public class CreditPledgeText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_label")
    private String versionLabel;

    private String title;

    private String body;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    protected CreditPledgeText() {
    }

    public Long getId() {
        return id;
    }

    public String getVersionLabel() {
        return versionLabel;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }
}
