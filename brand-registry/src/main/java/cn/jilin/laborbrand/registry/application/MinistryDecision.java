package cn.jilin.laborbrand.registry.application;

import java.time.LocalDate;

/**
 * What HRSS records of the ministry's (人社部) decision on a national application: the document's number (文号) and date,
 * and optionally the document itself (a scan or the published list), as the user sent them.
 */
public record MinistryDecision(String documentNumber, LocalDate documentDate, String filename, byte[] file) {

    /** Whether a file came with the decision (an empty upload field sends none). */
    public boolean hasFile() {
        return file != null && file.length > 0;
    }
}
