package cn.jilin.laborbrand.training.certificate;

import java.time.LocalDate;

/** A certificate as recorded for a trainee of a course. */
public record CertificateDetails(Long traineeId, CertificateKind kind, String number, String occupationCode, Integer level,
                                 LocalDate issueDate, String issuer) {
}
