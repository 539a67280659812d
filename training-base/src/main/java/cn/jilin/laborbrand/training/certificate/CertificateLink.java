package cn.jilin.laborbrand.training.certificate;

import java.time.LocalDate;

/**
 * What a competition result shows of the certificate its winner holds: issuer, date, occupation and level. Nothing
 * about the person beyond what the caller already typed (number and name).
 */
public record CertificateLink(String issuer, LocalDate issueDate, String occupationCode, Short level) {
}
