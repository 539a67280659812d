package cn.jilin.laborbrand.web.training;

import cn.jilin.laborbrand.training.certificate.CertificateDetails;
import cn.jilin.laborbrand.training.certificate.CertificateKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A certificate of one trainee as posted from the course page. */
record CertificateForm(
        @NotNull Long traineeId,
        @NotNull CertificateKind kind,
        @NotBlank @Size(max = 40) String number,
        @NotBlank String occupationCode,
        Integer level,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issueDate,
        @NotNull Long issuerId) {

    /** An empty form; the issuer preselected when the caller may name only one (an institution: itself). */
    static CertificateForm empty(String occupationCode, Long issuerId) {
        return new CertificateForm(null, CertificateKind.SKILL_LEVEL, "", occupationCode, null, null, issuerId);
    }

    CertificateDetails details() {
        return new CertificateDetails(traineeId, kind, number, occupationCode, level, issueDate, issuerId);
    }
}
