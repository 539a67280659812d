package cn.jilin.laborbrand.training.certificate;

import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.occupation.OccupationService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The checks of a certificate's fields, the same for one recorded on the form and for a row of an import. */
@Component
class CertificateChecks {

    /** The fields in the order a form or a row is checked. */
    static final List<String> FIELDS = List.of("number", "kind", "occupationCode", "level", "issueDate", "issuerId");

    private final OccupationService occupations;
    private final CertificateIssuers issuers;
    private final Clock clock;

    CertificateChecks(OccupationService occupations, CertificateIssuers issuers, Clock clock) {
        this.occupations = occupations;
        this.issuers = issuers;
        this.clock = clock;
    }

    /** The first field at fault, or null. */
    String firstFault(CertificateDetails d, DataScope scope) {
        for (String field : FIELDS) {
            if (reason(d, field, scope) != null) {
                return field;
            }
        }
        return null;
    }

    /** Why a field of a certificate is wrong, or null. */
    String reason(CertificateDetails d, String field, DataScope scope) {
        return switch (field) {
            case "number" -> d.number() == null || d.number().isBlank() ? "certificate.error.numberMissing"
                    : d.number().strip().length() > 40 ? "certificate.error.numberTooLong" : null;
            case "kind" -> d.kind() == null ? "certificate.error.kind" : null;
            case "occupationCode" -> occupations.find(d.occupationCode()).isEmpty() ? "certificate.error.occupation" : null;
            case "level" -> d.kind() == null ? null : d.kind().hasLevel()
                    ? (d.level() == null || d.level() < 1 || d.level() > 5 ? "certificate.error.level" : null)
                    : (d.level() != null ? "certificate.error.levelNotApplicable" : null);
            case "issueDate" -> d.issueDate() == null ? "certificate.error.date"
                    : d.issueDate().isAfter(LocalDate.now(clock)) ? "certificate.error.dateFuture" : null;
            default -> issuers.reason(d.issuerId(), scope);
        };
    }
}
