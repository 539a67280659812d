package cn.jilin.laborbrand.training.certificate;

import java.time.LocalDate;

/** What the public verification tells: the certificate is genuine, who issued it and when. Nothing about the person. */
public record Verification(String issuer, LocalDate issueDate) {
}
