package cn.jilin.laborbrand.training.course;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.training.base.BaseService;
import cn.jilin.laborbrand.training.base.CultivationBase;
import cn.jilin.laborbrand.training.institution.Institution;
import cn.jilin.laborbrand.training.institution.InstitutionService;
import cn.jilin.laborbrand.training.occupation.OccupationService;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 二(二)1: vocational training for the brands. An institution keeps its own courses; a city bureau those of its region;
 * HRSS sees all. A course belongs to the organisation of its institution and to the institution's region.
 */
@Service
public class CourseService {

    private final TrainingCourseRepository courses;
    private final InstitutionService institutions;
    private final BaseService bases;
    private final BrandService brands;
    private final OccupationService occupations;
    private final AuditService audit;

    CourseService(TrainingCourseRepository courses, InstitutionService institutions, BaseService bases, BrandService brands,
                  OccupationService occupations, AuditService audit) {
        this.courses = courses;
        this.institutions = institutions;
        this.bases = bases;
        this.brands = brands;
        this.occupations = occupations;
        this.audit = audit;
    }

    @PreAuthorize("hasAuthority('training:view')")
    @Transactional(readOnly = true)
    public Page<TrainingCourse> search(CourseFilter filter, DataScope scope, Pageable pageable) {
        return courses.findAll(filter.toSpecification(), scope, pageable);
    }

    @PreAuthorize("hasAuthority('training:view')")
    @Transactional
    public List<TrainingCourse> export(CourseFilter filter, DataScope scope, Sort sort) {
        List<TrainingCourse> rows = courses.findAll(filter.toSpecification(), scope, sort);
        audit.record("course.export", TrainingCourse.SUBJECT_TYPE, null, "rows=" + rows.size());
        return rows;
    }

    /** A course, or 404 outside the caller's scope (another institution's, another city's). */
    @PreAuthorize("hasAuthority('training:view')")
    @Transactional(readOnly = true)
    public TrainingCourse get(long id, DataScope scope) {
        return courses.getById(id, scope);
    }

    @Transactional(readOnly = true)
    public Map<Long, BrandName> brandNames(Collection<Long> ids) {
        return brands.names(ids);
    }

    /** Opens a course of an institution the caller sees (an institution: itself). */
    @PreAuthorize("hasAuthority('training:edit')")
    @Transactional
    public long create(CourseDetails details, DataScope scope) {
        TrainingCourse course = new TrainingCourse();
        write(course, details, scope);
        courses.saveAndFlush(course);
        audit.record("course.create", TrainingCourse.SUBJECT_TYPE, course.getId(), course.getName());
        return course.getId();
    }

    /**
     * Changes a course. Another institution may take it over only while it has neither trainees nor certificates: they
     * carry the course's owner and region, and the old institution must not keep seeing them.
     */
    @PreAuthorize("hasAuthority('training:edit')")
    @Transactional
    public void update(long id, long shownVersion, CourseDetails details, DataScope scope) {
        TrainingCourse course = courses.getById(id, scope);
        course.requireVersion(shownVersion);
        if (details.institutionId() != null && details.institutionId() != course.getInstitutionId() && courses.existsPeopleOnCourse(id)) {
            // the roster and certificates belong to the old institution's scope; moving them silently would leave it seeing them
            throw new RuleViolation("institutionId", "course.institution.peopleOnCourse");
        }
        write(course, details, scope);
        courses.saveAndFlush(course);
        audit.record("course.edit", TrainingCourse.SUBJECT_TYPE, id, course.getName());
    }

    private void write(TrainingCourse course, CourseDetails d, DataScope scope) {
        if (d.name() == null || d.name().isBlank()) {
            throw new RuleViolation("name", "NotBlank");
        }
        if (occupations.find(d.occupationCode()).isEmpty()) {
            throw new RuleViolation("occupationCode", "course.occupation.unknown");
        }
        if (d.institutionId() == null) {
            throw new RuleViolation("institutionId", "NotNull");
        }
        Institution institution;
        try {
            institution = institutions.get(d.institutionId(), scope);
        } catch (NotFoundException e) {
            throw new RuleViolation("institutionId", "course.institution.unknown");
        }
        if (d.baseId() != null) {
            try {
                CultivationBase base = bases.get(d.baseId(), scope);
                if (base.getInstitutionId() != institution.getId()) {
                    throw new RuleViolation("baseId", "course.base.otherInstitution");
                }
            } catch (NotFoundException e) {
                throw new RuleViolation("baseId", "course.base.unknown");
            }
        }
        if (d.brandId() != null && brands.names(List.of(d.brandId())).isEmpty()) {
            throw new RuleViolation("brandId", "course.brand.unknown");
        }
        if (d.startDate() == null) {
            throw new RuleViolation("startDate", "NotNull");
        }
        if (d.endDate() == null) {
            throw new RuleViolation("endDate", "NotNull");
        }
        if (d.endDate().isBefore(d.startDate())) {
            throw new RuleViolation("endDate", "course.dates.order");
        }
        if (d.hours() == null || d.hours() <= 0 || d.hours() > 2000) {
            throw new RuleViolation("hours", "course.hours.range");
        }
        course.write(d, institution.getOrganisationId(), institution.getRegionCode());
    }
}
