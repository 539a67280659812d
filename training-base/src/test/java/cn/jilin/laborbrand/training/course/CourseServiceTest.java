package cn.jilin.laborbrand.training.course;

import static cn.jilin.laborbrand.training.TrainingTestData.as;
import static cn.jilin.laborbrand.training.TrainingTestData.residentId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.TrainingTestApplication;
import cn.jilin.laborbrand.training.TrainingTestData;
import cn.jilin.laborbrand.training.institution.Institution;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Courses in the database: an institution sees its own, a city its region's, HRSS all, in lists, exports and by id; a
 * course belongs to its institution's organisation and region and keeps them once people are on it.
 */
@SpringBootTest(classes = TrainingTestApplication.class)
class CourseServiceTest {

    @Autowired
    CourseService courses;
    @Autowired
    TrainingTestData data;

    private static final CourseFilter ALL = CourseFilter.none();

    private List<Long> listed(DataScope scope) {
        return as(() -> courses.search(ALL, scope, PageRequest.of(0, 1000)).map(TrainingCourse::getId).getContent());
    }

    @Test
    void eachCallerSeesTheCoursesOfItsScopeInListsExportsAndById() {
        Institution liaoyuan = data.institution("220402");
        Institution neighbour = data.institution("220403");
        Institution tonghua = data.institution("220502");
        TrainingCourse own = data.course(liaoyuan);
        TrainingCourse sameCity = data.course(neighbour);
        TrainingCourse otherCity = data.course(tonghua);

        assertThat(listed(DataScope.organisation(liaoyuan.getOrganisationId()))).containsExactly(own.getId());
        assertThat(listed(data.city("220400"))).contains(own.getId(), sameCity.getId()).doesNotContain(otherCity.getId());
        assertThat(listed(DataScope.province())).contains(own.getId(), sameCity.getId(), otherCity.getId());
        assertThat(listed(DataScope.none())).isEmpty();
        assertThat(as(() -> courses.export(ALL, data.city("220400"), Sort.by("id")))).extracting(TrainingCourse::getId)
                .doesNotContain(otherCity.getId());
        assertThatThrownBy(() -> as(() -> courses.get(own.getId(), DataScope.organisation(neighbour.getOrganisationId()))))
                .isInstanceOf(NotFoundException.class);
        assertThat(own.getOrganisationId()).isEqualTo(liaoyuan.getOrganisationId());
        assertThat(own.getRegionCode()).isEqualTo("220402");
    }

    @Test
    void anInstitutionCannotOpenACourseForAnotherAndACourseWithPeopleKeepsItsInstitution() {
        Institution liaoyuan = data.institution("220402");
        Institution other = data.institution("220402");
        DataScope own = DataScope.organisation(liaoyuan.getOrganisationId());
        CourseDetails forOther = new CourseDetails("越权班", "6-22-01-01", null, null, other.getId(), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 1), 10, false, CourseStatus.PLANNED);
        assertThatThrownBy(() -> as(() -> courses.create(forOther, own)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("course.institution.unknown"));

        TrainingCourse course = data.course(liaoyuan);
        data.trainee(course, "在班", residentId("220402"));
        CourseDetails moved = new CourseDetails(course.getName(), "6-22-01-01", null, null, other.getId(), course.getStartDate(),
                course.getEndDate(), course.getHours(), true, CourseStatus.RUNNING);
        assertThatThrownBy(() -> as(() -> {
            courses.update(course.getId(), course.getVersion(), moved, DataScope.province());
            return null;
        })).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("course.institution.peopleOnCourse"));
        assertThat(as(() -> courses.get(course.getId(), DataScope.province())).getInstitutionId()).isEqualTo(liaoyuan.getId());
    }
}
