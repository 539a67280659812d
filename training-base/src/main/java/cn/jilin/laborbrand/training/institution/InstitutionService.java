package cn.jilin.laborbrand.training.institution;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.code.Masking;
import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import cn.jilin.laborbrand.platform.organisation.Organisation;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 二(二)1: the organisations that train (培训机构、职业院校、就业训练中心、实训基地、企业、人力资源服务机构). A city bureau
 * registers one from the organisation directory of its region; the institution's own account sees only itself.
 */
@Service
public class InstitutionService {

    static final String SUBJECT_TYPE = "institution";
    public static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

    private final InstitutionRepository institutions;
    private final OrganisationService organisations;
    private final PersonalDataCipher cipher;
    private final AuditService audit;

    InstitutionService(InstitutionRepository institutions, OrganisationService organisations, PersonalDataCipher cipher, AuditService audit) {
        this.institutions = institutions;
        this.organisations = organisations;
        this.cipher = cipher;
        this.audit = audit;
    }

    @PreAuthorize("hasAuthority('base:view')")
    @Transactional(readOnly = true)
    public Page<Institution> search(String text, InstitutionKind kind, DataScope scope, Pageable pageable) {
        return institutions.findAll(filter(text, kind), scope, pageable);
    }

    /** Every institution the caller may see, for choosing one in a form. */
    @PreAuthorize("hasAuthority('base:view')")
    @Transactional(readOnly = true)
    public List<Institution> choices(DataScope scope) {
        return institutions.findAll(null, scope, Sort.by("name"));
    }

    /** An institution, or 404 outside the scope. */
    @PreAuthorize("hasAuthority('base:view')")
    @Transactional(readOnly = true)
    public Institution get(long id, DataScope scope) {
        return institutions.getById(id, scope);
    }

    public String maskedPhone(Institution institution) {
        return Masking.phone(cipher.decrypt(institution.getContactPhoneCipher()));
    }

    /** Registers an institution or enterprise of the directory, in a region the caller covers, once. */
    @PreAuthorize("hasAuthority('base:edit')")
    @Transactional
    public long register(InstitutionDetails details, DataScope scope) {
        return create(details, scope, false);
    }

    /** Changes kind, address or contact. */
    @PreAuthorize("hasAuthority('base:edit')")
    @Transactional
    public void update(long id, long shownVersion, InstitutionDetails details, DataScope scope) {
        Institution institution = institutions.getById(id, scope);
        institution.requireVersion(shownVersion);
        write(institution, details);
        institutions.saveAndFlush(institution);
        audit.record("institution.edit", SUBJECT_TYPE, id, institution.getName());
    }

    /** Names by id, for lists of bases and courses the caller has already loaded within their scope. */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : institutions.findNamesByIdIn(ids)) {
                names.put((Long) row[0], (String) row[1]);
            }
        }
        return names;
    }

    /** Registers an institution for the demo, marked as such; nothing when it exists. */
    @PreAuthorize("hasAuthority('demo:provision')")
    @Transactional
    public long registerDemo(InstitutionDetails details) {
        return create(details, DataScope.province(), true);
    }

    /** The institution record of an organisation, if one was registered (for the demo and the institution's own pages). */
    @PreAuthorize("hasAuthority('base:view') or hasAuthority('demo:provision')")
    @Transactional(readOnly = true)
    public java.util.Optional<Institution> ofOrganisation(long organisationId, DataScope scope) {
        return institutions.findAll((root, q, cb) -> cb.equal(root.get("organisationId"), organisationId), scope, Sort.unsorted())
                .stream().findFirst();
    }

    private long create(InstitutionDetails details, DataScope scope, boolean demo) {
        if (details.organisationId() == null) {
            throw new RuleViolation("organisationId", "NotNull");
        }
        Organisation organisation;
        try {
            organisation = organisations.get(details.organisationId(), scope);
        } catch (cn.jilin.laborbrand.platform.NotFoundException e) {
            throw new RuleViolation("organisationId", "institution.organisation.unknown");
        }
        if (!organisation.getKind().isRegistrable()) {
            throw new RuleViolation("organisationId", "institution.organisation.kind");
        }
        if (!scope.coversRegion(organisation.getRegionCode())) {
            throw new RuleViolation("organisationId", "institution.organisation.outOfScope");
        }
        if (institutions.existsByOrganisationId(organisation.getId())) {
            if (demo) {
                return ofOrganisation(organisation.getId(), DataScope.province()).orElseThrow().getId();
            }
            throw new RuleViolation("organisationId", "institution.organisation.taken");
        }
        Institution institution = new Institution(organisation.getId(), organisation.getName(), organisation.getRegionCode(), demo);
        write(institution, details);
        institutions.saveAndFlush(institution);
        audit.record("institution.create", SUBJECT_TYPE, institution.getId(), institution.getName() + (demo ? " (demo)" : ""));
        return institution.getId();
    }

    private void write(Institution institution, InstitutionDetails d) {
        if (d.kind() == null) {
            throw new RuleViolation("kind", "NotNull");
        }
        String address = required(d.address(), "address");
        String contact = required(d.contactName(), "contactName");
        institution.write(d.kind(), address, contact, phoneCipher(d.contactPhone(), institution.getContactPhoneCipher(), cipher));
    }

    /** A phone as stored: encrypted; blank keeps the stored one (pages never show it in full). */
    public static String phoneCipher(String phone, String stored, PersonalDataCipher cipher) {
        String p = phone == null ? "" : phone.replaceAll("[\\s-]", "");
        if (p.isEmpty() && stored != null) {
            return stored;
        }
        if (p.isEmpty()) {
            throw new RuleViolation("contactPhone", "NotBlank");
        }
        if (!PHONE.matcher(p).matches()) {
            throw new RuleViolation("contactPhone", "training.phone.format");
        }
        return cipher.encrypt(p);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "NotBlank");
        }
        return value.strip();
    }

    private static Specification<Institution> filter(String text, InstitutionKind kind) {
        return (root, query, cb) -> {
            var all = new java.util.ArrayList<jakarta.persistence.criteria.Predicate>();
            if (kind != null) {
                all.add(cb.equal(root.get("kind"), kind));
            }
            if (text != null && !text.isBlank()) {
                all.add(cb.like(root.get("name"), "%" + text.strip().replace("%", "\\%").replace("_", "\\_") + "%"));
            }
            return cb.and(all.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
