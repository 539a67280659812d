package cn.jilin.laborbrand.training.trainee;

import static cn.jilin.laborbrand.training.TrainingTestData.as;
import static cn.jilin.laborbrand.training.TrainingTestData.residentId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.code.Masking;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.TrainingTestApplication;
import cn.jilin.laborbrand.training.TrainingTestData;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import cn.jilin.laborbrand.training.institution.Institution;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Trainees in the database: rosters, names and the certificate form's type-ahead within the caller's scope (by name,
 * never by ID), the masked person every page shows, the audited reveal, and the plan's count of people trained.
 */
@SpringBootTest(classes = TrainingTestApplication.class)
class TraineeServiceTest {

    @Autowired
    TraineeService trainees;
    @Autowired
    TrainingTestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRosterAndItsTypeAheadStayWithinTheCallersScope() {
        Institution liaoyuan = data.institution("220402");
        TrainingCourse course = data.course(liaoyuan);
        String name = "名册测试" + TrainingTestData.next();
        long trainee = data.trainee(course, name, residentId("220402"));
        DataScope own = DataScope.organisation(liaoyuan.getOrganisationId());
        DataScope otherCity = data.city("220500");

        assertThat(as(() -> trainees.roster(course.getId(), null, own, PageRequest.of(0, 20))).map(Trainee::getId)).containsExactly(trainee);
        assertThat(as(() -> trainees.roster(course.getId(), name.substring(2), data.city("220400"), PageRequest.of(0, 20))).getTotalElements()).isOne();
        assertThatThrownBy(() -> as(() -> trainees.roster(course.getId(), null, otherCity, PageRequest.of(0, 20))))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(() -> trainees.options(course.getId(), name, own, 20))).extracting(Trainee::getId).containsExactly(trainee);
        assertThatThrownBy(() -> as(() -> trainees.options(course.getId(), name, otherCity, 20))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(() -> trainees.options(course.getId(), "", otherCity, 20))).as("the course is checked first")
                .isInstanceOf(NotFoundException.class);
        assertThat(as(() -> trainees.names(List.of(trainee), own))).containsEntry(trainee, name);
        assertThat(as(() -> trainees.names(List.of(trainee), otherCity))).isEmpty();
        assertThat(as(() -> trainees.count(course.getId(), otherCity))).isZero();
        assertThatThrownBy(() -> as(() -> trainees.get(trainee, otherCity))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theTypeAheadFindsPeopleByNameNeverByResidentId() {
        TrainingCourse course = data.course(data.institution("220402"));
        String id = residentId("220402");
        data.trainee(course, "身份证查找测试", id);
        assertThat(as(() -> trainees.options(course.getId(), "查找测试", DataScope.province(), 20))).hasSize(1);
        for (String part : List.of(id, id.substring(0, 6), id.substring(6, 14), id.substring(14))) {
            assertThat(as(() -> trainees.options(course.getId(), part, DataScope.province(), 20))).as(part).isEmpty();
        }
        assertThat(as(() -> trainees.options(course.getId(), "%", DataScope.province(), 20))).as("a wildcard is a character").isEmpty();
    }

    @Test
    void everyoneSeesAPersonMaskedAndOnlyTheRevealPermissionShowsTheIdWhichIsAudited() {
        TrainingCourse course = data.course(data.institution("220402"));
        String id = residentId("220402");
        long trainee = data.trainee(course, "脱敏测试", id);
        MaskedTrainee shown = trainees.masked(as(() -> trainees.get(trainee, DataScope.province())));
        assertThat(shown.person().residentId()).isEqualTo(Masking.residentId(id)).doesNotContain(id.substring(6, 14));
        assertThat(shown.phone()).isEqualTo("139****5678");
        assertThat(shown.person().age()).isBetween(20, 60);
        assertThat(jdbc.queryForObject("select resident_id_cipher from trainee where id = ?", String.class, trainee)).doesNotContain(id);

        assertThatThrownBy(() -> SystemActor.call(() -> trainees.revealResidentId(trainee, DataScope.province()), "training:view"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemActor.call(() -> trainees.revealResidentId(trainee, data.city("220500")), "trainee:pii:reveal"))
                .isInstanceOf(NotFoundException.class);
        assertThat(audits(trainee)).isZero();
        assertThat(SystemActor.call(() -> trainees.revealResidentId(trainee, data.city("220400")), "trainee:pii:reveal")).isEqualTo(id);
        assertThat(audits(trainee)).isOne();
    }

    @Test
    void aPersonIsOnACourseOnceAndAnEditKeepsTheStoredPhoneAndId() {
        TrainingCourse course = data.course(data.institution("220402"));
        String id = residentId("220402");
        long trainee = data.trainee(course, "重复测试", id);
        assertThatThrownBy(() -> data.trainee(course, "又一次", id.toLowerCase()))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("trainee.duplicate.inCourse"));
        Trainee before = as(() -> trainees.get(trainee, DataScope.province()));
        as(() -> {
            trainees.update(trainee, before.getVersion(), new TraineeDetails("改名", null, "", "", Set.of(PriorityGroup.RELOCATED), "长春一汽",
                    java.time.LocalDate.of(2026, 6, 1)), DataScope.province());
            return null;
        });
        MaskedTrainee after = trainees.masked(as(() -> trainees.get(trainee, DataScope.province())));
        assertThat(after.name()).isEqualTo("改名");
        assertThat(after.phone()).isEqualTo("139****5678");
        assertThat(after.person().residentId()).isEqualTo(Masking.residentId(id));
        assertThat(after.priorityGroups()).containsExactly(PriorityGroup.RELOCATED);
    }

    @Test
    void thePlanCountsEachPersonTrainedOncePerRegion() {
        Institution songyuan = data.institution("220702");
        long before = persons("220702");
        String twice = residentId("220702");
        data.trainee(data.course(songyuan), "两次培训", twice);
        data.trainee(data.course(songyuan), "两次培训", twice);
        data.trainee(data.course(songyuan), "一次培训", residentId("220702"));
        assertThat(persons("220702")).isEqualTo(before + 2);
    }

    private long persons(String region) {
        return trainees.personsByRegion().stream().filter(p -> p.regionCode().equals(region)).mapToLong(PersonsByRegion::persons).sum();
    }

    private long audits(long trainee) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'trainee.pii.reveal' and object_id = ?", Long.class,
                String.valueOf(trainee));
    }
}
