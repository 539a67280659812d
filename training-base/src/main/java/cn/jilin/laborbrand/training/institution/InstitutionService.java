package cn.jilin.laborbrand.training.institution;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.code.Masking;
import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import cn.jilin.laborbrand.platform.organisation.Organisation;
import cn.jilin.laborbrand.platform.organisation.OrganisationFilter;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

    /** Up to {@code limit} institutions within the scope whose name contains {@code text}, by name: a type-ahead's answer. */
    @PreAuthorize("hasAuthority('base:view')")
    @Transactional(readOnly = true)
    public List<Institution> options(String text, DataScope scope, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return institutions.findAll(filter(text, null), scope, PageRequest.of(0, Math.min(limit, 50), Sort.by("name"))).getContent();
    }

    /** The one institution the scope sees, if it sees exactly one (an institution's own account): a form's default. */
    @PreAuthorize("hasAuthority('base:view')")
    @Transactional(readOnly = true)
    public Optional<Institution> only(DataScope scope) {
        Page<Institution> first = institutions.findAll(null, scope, PageRequest.of(0, 2, Sort.by("id")));
        return first.getTotalElements() == 1 ? Optional.of(first.getContent().get(0)) : Optional.empty();
    }

    /**
     * Up to {@code limit} organisations of the directory that the caller may register as institutions: institutions
     * and enterprises within the scope whose name contains {@code text}, by name.
     */
    @PreAuthorize("hasAuthority('base:edit')")
    @Transactional(readOnly = true)
    public List<Organisation> registrable(String text, DataScope scope, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        int size = Math.min(limit, 50);
        List<Organisation> found = new java.util.ArrayList<>();
        for (OrganisationKind kind : OrganisationKind.values()) {
            if (!kind.isGovernment()) {
                found.addAll(organisations.search(new OrganisationFilter(text, kind, null), scope, PageRequest.of(0, size, Sort.by("name"))).getContent());
            }
        }
        return found.stream().sorted(java.util.Comparator.comparing(Organisation::getName)).limit(size).toList();
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
        return create(details, scope);
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
            for (InstitutionName row : institutions.findNamesByIdIn(ids)) {
                names.put(row.id(), row.name());
            }
        }
        return names;
    }

    /** The institution record of an organisation within the scope, if one was registered. */
    @PreAuthorize("hasAuthority('base:view')")
    @Transactional(readOnly = true)
    public Optional<Institution> ofOrganisation(long organisationId, DataScope scope) {
        return institutions.findAll((root, q, cb) -> cb.equal(root.get("organisationId"), organisationId), scope, Sort.unsorted())
                .stream().findFirst();
    }

    private long create(InstitutionDetails details, DataScope scope) {
        if (details.organisationId() == null) {
            throw new RuleViolation("organisationId", "NotNull");
        }
        Organisation organisation;
        try {
            organisation = organisations.get(details.organisationId(), scope);
        } catch (NotFoundException e) {
            throw new RuleViolation("organisationId", "institution.organisation.unknown");
        }
        if (organisation.getKind().isGovernment()) {
            throw new RuleViolation("organisationId", "institution.organisation.kind");
        }
        if (!scope.coversRegion(organisation.getRegionCode())) {
            throw new RuleViolation("organisationId", "institution.organisation.outOfScope");
        }
        if (institutions.existsByOrganisationId(organisation.getId())) {
            throw new RuleViolation("organisationId", "institution.organisation.taken");
        }
        Institution institution = new Institution(organisation.getId(), organisation.getName(), organisation.getRegionCode());
        write(institution, details);
        institutions.saveAndFlush(institution);
        audit.record("institution.create", SUBJECT_TYPE, institution.getId(), institution.getName());
        return institution.getId();
    }

    private void write(Institution institution, InstitutionDetails d) {
        if (d.kind() == null) {
            throw new RuleViolation("kind", "NotNull");
        }
        String address = Text.required(d.address(), "address");
        String contact = Text.required(d.contactName(), "contactName");
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

    private static Specification<Institution> filter(String text, InstitutionKind kind) {
        return (root, query, cb) -> {
            var all = new java.util.ArrayList<jakarta.persistence.criteria.Predicate>();
            if (kind != null) {
                all.add(cb.equal(root.get("kind"), kind));
            }
            if (text != null && !text.isBlank()) {
                all.add(cb.like(root.get("name"), "%" + text.strip().replace("\\", "").replace("%", "\\%").replace("_", "\\_") + "%"));
            }
            return cb.and(all.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
