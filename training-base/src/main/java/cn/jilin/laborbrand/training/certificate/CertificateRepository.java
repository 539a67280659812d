package cn.jilin.laborbrand.training.certificate;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import cn.jilin.laborbrand.training.trainee.PersonsByRegion;
import java.util.List;
import org.springframework.data.jpa.repository.Query;

interface CertificateRepository extends ScopedRepository<Certificate, Long> {

    // a number is unique per issuer, whoever asks
    boolean existsByIssuerIdAndNumber(Long issuerId, String number);

    /**
     * The public verification: the issuer's directory name (or a legacy row's label, flagged) and the date of a
     * certificate of this number held by this name, nothing else.
     */
    @Unscoped("public certificate verification: only issuer and date leave, and only to someone who knows number and holder")
    @Query("select new cn.jilin.laborbrand.training.certificate.Verification(coalesce(o.name, c.legacyIssuer), "
            + "case when c.issuerId is null then true else false end, c.issueDate) from Certificate c "
            + "left join cn.jilin.laborbrand.platform.organisation.Organisation o on o.id = c.issuerId "
            + "where c.number = :number and c.holderName = :holderName order by c.issueDate desc")
    List<Verification> verify(String number, String holderName);

    /** The same match for a staff member linking a competition result: occupation and level besides issuer and date. */
    @Unscoped("a competition result names a certificate: only issuer, date, occupation and level leave, to someone who knows number and holder")
    @Query("select new cn.jilin.laborbrand.training.certificate.CertificateLink(coalesce(o.name, c.legacyIssuer), c.issueDate, c.occupationCode, "
            + "c.level) from Certificate c left join cn.jilin.laborbrand.platform.organisation.Organisation o on o.id = c.issuerId "
            + "where c.number = :number and c.holderName = :holderName order by c.issueDate desc")
    List<CertificateLink> link(String number, String holderName);

    /** People certified (distinct trainees' persons) per region, for the plan's figures. */
    @Unscoped("counts for the plan's figures; no record leaves")
    @Query("select new cn.jilin.laborbrand.training.trainee.PersonsByRegion(c.regionCode, count(distinct t.residentIdIndex)) "
            + "from Certificate c join cn.jilin.laborbrand.training.trainee.Trainee t on t.id = c.traineeId group by c.regionCode")
    List<PersonsByRegion> countPersonsByRegion();

    /** Issued numbers per issuer on a course the caller already sees, for the duplicate check of an import. */
    @Unscoped("numbers are checked for uniqueness per issuer across the province; only yes/no per number is used")
    @Query("select cast(c.issuerId as String) || '|' || c.number from Certificate c where c.number in :numbers and c.issuerId is not null")
    List<String> findKeysByNumberIn(java.util.Collection<String> numbers);
}
