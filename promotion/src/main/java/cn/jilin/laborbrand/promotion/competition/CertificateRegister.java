package cn.jilin.laborbrand.promotion.competition;

import java.util.Optional;

/**
 * The certificates a result may be linked to. Promotion may not depend on training-base, so web-app implements this
 * port through the training module's public certificate verification.
 */
public interface CertificateRegister {

    /** The certificate of this number held by this name, if it is on record. */
    Optional<LinkedCertificate> find(String number, String holderName);

    /** What a result shows of its certificate: who issued it and when, the occupation (code) and level (null: none). */
    record LinkedCertificate(String issuer, java.time.LocalDate issuedOn, String occupationCode, Short level) {
    }
}
