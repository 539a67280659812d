package cn.jilin.laborbrand.subsidy.claim;

import java.time.LocalDate;

/**
 * A person as the evidence names them: their name, resident ID (encrypted, with its keyed hash), and the grant the
 * evidence supports — the certificate's occupation and level and its date, say.
 */
public record EvidencePerson(long evidenceId, String name, String residentIdCipher, String residentIdIndex, String occupationCode,
                             Integer skillLevel, LocalDate evidenceDate) {
}
