package cn.jilin.laborbrand.registry.mark;

import java.time.LocalDate;

/**
 * A trademark or patent as entered: its number and title (the mark's words, the patent's name), the Nice class of a
 * trademark or the type of a patent, holder, dates and status.
 */
public record MarkDetails(MarkKind kind, String number, String title, Integer niceClass, PatentType patentType, String holder,
                          LocalDate appliedOn, LocalDate registeredOn, LocalDate expiresOn, MarkStatus status) {
}
