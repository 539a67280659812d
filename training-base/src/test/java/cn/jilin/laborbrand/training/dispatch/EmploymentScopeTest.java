package cn.jilin.laborbrand.training.dispatch;

import static cn.jilin.laborbrand.training.TrainingTestData.as;
import static cn.jilin.laborbrand.training.TrainingTestData.residentId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.TrainingTestApplication;
import cn.jilin.laborbrand.training.TrainingTestData;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import cn.jilin.laborbrand.training.referral.JobReferral;
import cn.jilin.laborbrand.training.referral.ReferralDetails;
import cn.jilin.laborbrand.training.referral.ReferralOutcome;
import cn.jilin.laborbrand.training.referral.ReferralService;
import cn.jilin.laborbrand.training.studio.SkillStudio;
import cn.jilin.laborbrand.training.studio.StudioDetails;
import cn.jilin.laborbrand.training.studio.StudioKind;
import cn.jilin.laborbrand.training.studio.StudioService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/**
 * Dispatches, referrals and studios in the database: each city sees its own in lists and by id; the people of a
 * dispatch or referral are trainees the recording city sees, found by their IDs; an outcome only for someone the
 * caller sees.
 */
@SpringBootTest(classes = TrainingTestApplication.class)
class EmploymentScopeTest {

    @Autowired
    DispatchService dispatches;
    @Autowired
    ReferralService referrals;
    @Autowired
    StudioService studios;
    @Autowired
    TrainingTestData data;

    @Test
    void aDispatchOfACitysOwnTraineesIsSeenByThatCityOnly() {
        TrainingCourse course = data.course(data.institution("220402"));
        String person = residentId("220402");
        data.trainee(course, "输出", person);
        DataScope liaoyuan = data.city("220400");
        DispatchDetails details = new DispatchDetails(OrganiserKind.BUREAU, "辽源市人社局", "220400", null, "浙江省义乌市", "义乌某厂",
                LocalDate.of(2026, 6, 1), null, null, List.of(person));
        long id = as(() -> dispatches.record(details, liaoyuan));

        assertThat(as(() -> dispatches.search(null, liaoyuan, PageRequest.of(0, 1000))).map(LaborDispatch::getId)).contains(id);
        assertThat(as(() -> dispatches.search(null, data.city("220500"), PageRequest.of(0, 1000))).map(LaborDispatch::getId)).doesNotContain(id);
        assertThatThrownBy(() -> as(() -> dispatches.get(id, data.city("220500")))).isInstanceOf(NotFoundException.class);
        // 通化 does not see 辽源's trainee, so cannot dispatch them
        DispatchDetails fromTonghua = new DispatchDetails(OrganiserKind.BUREAU, "通化市人社局", "220500", null, "浙江省", "某厂",
                LocalDate.of(2026, 6, 1), null, null, List.of(person));
        assertThatThrownBy(() -> as(() -> dispatches.record(fromTonghua, data.city("220500"))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("trainee.lookup.unknown"));
    }

    @Test
    void aReferralsOutcomeIsRecordedOnlyForSomeoneTheCallerSees() {
        TrainingCourse liaoyuanCourse = data.course(data.institution("220402"));
        TrainingCourse tonghuaCourse = data.course(data.institution("220502"));
        String inLiaoyuan = residentId("220402");
        String inTonghua = residentId("220502");
        long own = data.trainee(liaoyuanCourse, "推荐甲", inLiaoyuan);
        long other = data.trainee(tonghuaCourse, "推荐乙", inTonghua);
        String vacancy = "装调工" + TrainingTestData.next();
        long id = as(() -> referrals.record(new ReferralDetails("220400", vacancy, "辽源某厂", "辽源", LocalDate.of(2026, 6, 2), null,
                List.of(inLiaoyuan, inTonghua)), DataScope.province()));
        DataScope liaoyuan = data.city("220400");

        assertThat(as(() -> referrals.search(vacancy, liaoyuan, PageRequest.of(0, 10))).map(JobReferral::getId)).containsExactly(id);
        assertThat(as(() -> referrals.search(vacancy, data.city("220500"), PageRequest.of(0, 10))).getTotalElements()).isZero();
        assertThat(as(() -> referrals.search("%", liaoyuan, PageRequest.of(0, 10))).getTotalElements()).as("a wildcard is a character").isZero();
        long version = as(() -> referrals.get(id, liaoyuan)).getVersion();
        assertThatThrownBy(() -> as(() -> {
            referrals.recordOutcome(id, version, other, ReferralOutcome.HIRED, liaoyuan);
            return null;
        })).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("referral.trainee.unknown"));
        as(() -> {
            referrals.recordOutcome(id, version, own, ReferralOutcome.HIRED, liaoyuan);
            return null;
        });
        assertThat(as(() -> referrals.get(id, DataScope.province())).getOutcomes()).containsEntry(own, ReferralOutcome.HIRED)
                .containsEntry(other, ReferralOutcome.REFERRED);
    }

    @Test
    void aStudioIsRegisteredInTheCitysOwnRegionAndListedThere() {
        String name = "测试工作室" + TrainingTestData.next();
        long id = as(() -> studios.register(new StudioDetails(StudioKind.SKILL_MASTER_STUDIO, name, "220402", "某厂", null, null, null, 2024, null),
                data.city("220400")));
        assertThat(as(() -> studios.search(null, null, data.city("220400"), PageRequest.of(0, 1000))).map(SkillStudio::getId)).contains(id);
        assertThat(as(() -> studios.search(null, null, data.city("220500"), PageRequest.of(0, 1000))).map(SkillStudio::getId)).doesNotContain(id);
        assertThatThrownBy(() -> as(() -> studios.register(new StudioDetails(StudioKind.EXPERT_STUDIO, "越界" + name, "220502", "某厂", null, null,
                null, 2024, null), data.city("220400")))).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKeys()).containsExactly("region.outOfScope"));
    }
}
