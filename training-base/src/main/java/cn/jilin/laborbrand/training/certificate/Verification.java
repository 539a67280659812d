package cn.jilin.laborbrand.training.certificate;

import java.time.LocalDate;

/**
 * What the public verification tells: the certificate is genuine, who issued it and when. Nothing about the person.
 * {@code legacyIssuer}: the issuer is the text recorded before issuers came from the directory, not a checked name.
 */
public record Verification(String issuer, boolean legacyIssuer, LocalDate issueDate) {
}
