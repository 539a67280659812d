package cn.jilin.laborbrand.training.certificate;

import java.time.LocalDate;

/** A certificate as recorded for a trainee of a course; the issuer is an organisation of the directory. */
public record CertificateDetails(Long traineeId, CertificateKind kind, String number, String occupationCode, Integer level,
                                 LocalDate issueDate, Long issuerId) {
}
