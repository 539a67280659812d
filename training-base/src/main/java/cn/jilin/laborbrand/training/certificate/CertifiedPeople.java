package cn.jilin.laborbrand.training.certificate;

import cn.jilin.laborbrand.platform.scope.DataScope;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The certificates of a course as evidence for subsidy claims (二(二)1): read within the caller's scope. */
@Service
public class CertifiedPeople {

    private final CertificateRepository certificates;

    CertifiedPeople(CertificateRepository certificates) {
        this.certificates = certificates;
    }

    /** The certificates of a course, of one kind, that the caller sees, oldest first. */
    @PreAuthorize("hasAuthority('subsidy:claim') or hasAuthority('subsidy:view')")
    @Transactional(readOnly = true)
    public List<Certificate> ofCourse(long courseId, CertificateKind kind, DataScope scope) {
        return certificates.findAll((root, query, cb) -> cb.and(cb.equal(root.get("courseId"), courseId), cb.equal(root.get("kind"), kind)),
                scope, Sort.by("issueDate", "id"));
    }

    /** The certificates of one kind with these numbers that the caller sees (for claims imported from a workbook). */
    @PreAuthorize("hasAuthority('subsidy:claim')")
    @Transactional(readOnly = true)
    public List<Certificate> byNumbers(java.util.Collection<String> numbers, CertificateKind kind, DataScope scope) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return certificates.findAll((root, query, cb) -> cb.and(root.get("number").in(numbers), cb.equal(root.get("kind"), kind)),
                scope, Sort.by("id"));
    }
}
