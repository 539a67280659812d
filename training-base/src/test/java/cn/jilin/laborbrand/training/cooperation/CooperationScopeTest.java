package cn.jilin.laborbrand.training.cooperation;

import static cn.jilin.laborbrand.training.TrainingTestData.as;
import static cn.jilin.laborbrand.training.TrainingTestData.residentId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.TrainingTestApplication;
import cn.jilin.laborbrand.training.TrainingTestData;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import cn.jilin.laborbrand.training.trainee.MaskedTrainee;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Labour cooperation in the database: each region sees and changes its own input bases, offices and vacancies (a
 * county its own, the city its counties', another city 404); the rules of dates, places, pay, occupations and ids; a
 * stale page refused; placements only of trained people within the scope; every change audited; the plan's figure.
 */
@SpringBootTest(classes = TrainingTestApplication.class)
class CooperationScopeTest {

    private static final String LIAOYUAN = "220400";
    private static final String DONGFENG = "220421";
    private static final String TONGHUA = "220500";
    private static final String WELDER = "6-22-01-01";

    @Autowired
    InboundBaseService bases;
    @Autowired
    OfficeService offices;
    @Autowired
    VacancyService vacancies;
    @Autowired
    PlacementService placements;
    @Autowired
    TrainingTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    List<PlanMetric> metrics;

    private static InboundBaseDetails base(String region, String name) {
        return new InboundBaseDetails(name, region, "宁波市某人社局", null, "浙江省宁波市", LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31),
                WELDER, null, null);
    }

    private static VacancyDetails vacancy(String region, Integer places, String min, String max) {
        return new VacancyDetails(region, "宁波某厂" + TrainingTestData.next(), WELDER, places, min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max), "浙江省宁波市", null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31), 0, null);
    }

    private long audited(String action, Object id) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and object_id = ?", Long.class, action, String.valueOf(id));
    }

    @Test
    void aCitySeesItsOwnAndItsCountiesInputBasesAndAnotherCityGets404() {
        DataScope liaoyuan = data.city(LIAOYUAN);
        long city = as(() -> bases.register(base(LIAOYUAN, "辽源输入基地" + TrainingTestData.next()), liaoyuan));
        long county = as(() -> bases.register(base(DONGFENG, "东丰输入基地" + TrainingTestData.next()), data.city(DONGFENG)));

        assertThat(as(() -> bases.search(null, null, liaoyuan, PageRequest.of(0, 1000))).map(InboundBase::getId)).contains(city, county);
        assertThat(as(() -> bases.search(null, null, data.city(DONGFENG), PageRequest.of(0, 1000))).map(InboundBase::getId))
                .contains(county).doesNotContain(city);
        assertThatThrownBy(() -> as(() -> bases.get(city, data.city(TONGHUA)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(() -> bases.get(city, data.city(DONGFENG)))).isInstanceOf(NotFoundException.class);
        assertThat(as(() -> bases.get(county, DataScope.province())).getId()).isEqualTo(county);
        // another city cannot change it, nor register one for 辽源
        assertThatThrownBy(() -> as(() -> {
            bases.update(city, 0, base(TONGHUA, "改名"), data.city(TONGHUA));
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(() -> bases.register(base(LIAOYUAN, "越权"), data.city(TONGHUA))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("region.outOfScope");
        assertThat(audited("inbound_base.create", city)).isOne();
    }

    @Test
    void inputBaseRulesAndAStaleVersion() {
        DataScope liaoyuan = data.city(LIAOYUAN);
        InboundBaseDetails ok = base(LIAOYUAN, "规则基地" + TrainingTestData.next());
        assertThatThrownBy(() -> as(() -> bases.register(new InboundBaseDetails(ok.name(), LIAOYUAN, "甲", null, "浙江", LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 1), null, null, null), liaoyuan))).hasMessageContaining("cooperation.dates.order");
        assertThatThrownBy(() -> as(() -> bases.register(new InboundBaseDetails(ok.name(), LIAOYUAN, null, null, "浙江", LocalDate.of(2026, 5, 1),
                null, null, null, null), liaoyuan))).hasMessageContaining("cooperation.partner.required");
        assertThatThrownBy(() -> as(() -> bases.register(new InboundBaseDetails(ok.name(), LIAOYUAN, null, 999_999_999L, "浙江", LocalDate.of(2026, 5, 1),
                null, null, null, null), liaoyuan))).hasMessageContaining("cooperation.organisation.unknown");
        assertThatThrownBy(() -> as(() -> bases.register(new InboundBaseDetails(ok.name(), LIAOYUAN, "甲", null, "浙江", LocalDate.of(2026, 5, 1),
                null, "9-99-99-99", null, null), liaoyuan))).hasMessageContaining("course.occupation.unknown");
        assertThatThrownBy(() -> as(() -> bases.register(new InboundBaseDetails(ok.name(), LIAOYUAN, "甲", null, "浙江", LocalDate.of(2026, 5, 1),
                null, null, 999_999_999L, null), liaoyuan))).hasMessageContaining("course.brand.unknown");

        long id = as(() -> bases.register(ok, liaoyuan));
        as(() -> {
            bases.update(id, 0, base(LIAOYUAN, ok.name() + "改"), liaoyuan);
            return null;
        });
        assertThatThrownBy(() -> as(() -> {
            bases.update(id, 0, base(LIAOYUAN, ok.name() + "再改"), liaoyuan);
            return null;
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(audited("inbound_base.edit", id)).isOne();
    }

    @Test
    void officesAreScopedAndTheirPhoneIsAnOfficeLine() {
        DataScope liaoyuan = data.city(LIAOYUAN);
        String name = "辽源驻义乌服务站" + TrainingTestData.next();
        assertThatThrownBy(() -> as(() -> offices.register(new OfficeDetails(name, LIAOYUAN, "浙江省义乌市", "电话<script>", LocalDate.of(2025, 1, 1), null),
                liaoyuan))).hasMessageContaining("cooperation.phone.invalid");
        long id = as(() -> offices.register(new OfficeDetails(name, LIAOYUAN, "浙江省义乌市", "0579-8552 6600", LocalDate.of(2025, 1, 1), null), liaoyuan));
        assertThatThrownBy(() -> as(() -> offices.get(id, data.city(TONGHUA)))).isInstanceOf(NotFoundException.class);
        assertThat(as(() -> offices.choices(liaoyuan))).extracting(OutboundOffice::getId).contains(id);
        assertThat(as(() -> offices.choices(data.city(TONGHUA)))).extracting(OutboundOffice::getId).doesNotContain(id);
        assertThat(audited("outbound_office.create", id)).isOne();
    }

    @Test
    void vacancyRulesOfPlacesPayDatesOccupationAndInputBase() {
        DataScope liaoyuan = data.city(LIAOYUAN);
        assertThatThrownBy(() -> as(() -> vacancies.register(vacancy(LIAOYUAN, 0, "5000", "6000"), liaoyuan))).hasMessageContaining("cooperation.places.positive");
        assertThatThrownBy(() -> as(() -> vacancies.register(vacancy(LIAOYUAN, 5, "7000", "6000"), liaoyuan))).hasMessageContaining("cooperation.pay.order");
        assertThatThrownBy(() -> as(() -> vacancies.register(vacancy(LIAOYUAN, 5, "-1", "6000"), liaoyuan))).hasMessageContaining("cooperation.pay.invalid");
        assertThatThrownBy(() -> as(() -> vacancies.register(vacancy(LIAOYUAN, 5, "5000.123", "6000"), liaoyuan))).hasMessageContaining("cooperation.pay.invalid");
        VacancyDetails v = vacancy(LIAOYUAN, 5, "5000", "6000");
        assertThatThrownBy(() -> as(() -> vacancies.register(new VacancyDetails(LIAOYUAN, "某厂", "0-00-00-00", 5, v.payMin(), v.payMax(), "宁波", null,
                v.postedOn(), null, 0, null), liaoyuan))).hasMessageContaining("course.occupation.unknown");
        assertThatThrownBy(() -> as(() -> vacancies.register(new VacancyDetails(LIAOYUAN, "某厂", WELDER, 5, v.payMin(), v.payMax(), "宁波", null,
                v.postedOn(), v.postedOn().minusDays(1), 0, null), liaoyuan))).hasMessageContaining("cooperation.dates.order");
        assertThatThrownBy(() -> as(() -> vacancies.register(new VacancyDetails(LIAOYUAN, "某厂", WELDER, 5, v.payMin(), v.payMax(), "宁波", null,
                v.postedOn(), null, 6, null), liaoyuan))).hasMessageContaining("cooperation.places.filled");
        // another city's input base is not one to name
        long tonghuaBase = as(() -> bases.register(base(TONGHUA, "通化基地" + TrainingTestData.next()), data.city(TONGHUA)));
        assertThatThrownBy(() -> as(() -> vacancies.register(new VacancyDetails(LIAOYUAN, "某厂", WELDER, 5, v.payMin(), v.payMax(), "宁波", tonghuaBase,
                v.postedOn(), null, 0, null), liaoyuan))).hasMessageContaining("cooperation.inboundBase.unknown");

        long id = as(() -> vacancies.register(v, liaoyuan));
        assertThatThrownBy(() -> as(() -> vacancies.get(id, data.city(TONGHUA)))).isInstanceOf(NotFoundException.class);
        as(() -> {
            vacancies.update(id, 0, vacancy(LIAOYUAN, 8, "5000", "6500"), liaoyuan);
            return null;
        });
        assertThatThrownBy(() -> as(() -> {
            vacancies.update(id, 0, vacancy(LIAOYUAN, 9, "5000", "6500"), liaoyuan);
            return null;
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(audited("cooperation.vacancy.create", id)).isOne();
        assertThat(audited("cooperation.vacancy.edit", id)).isOne();
    }

    @Test
    void onlyATrainedPersonWithinTheScopeIsACandidateAndIsPlacedAndFollowedUp() {
        DataScope liaoyuan = data.city(LIAOYUAN);
        TrainingCourse finished = data.finish(data.course(data.institution(DONGFENG)));
        long trained = data.trainee(finished, "协作学员", residentId(DONGFENG));
        TrainingCourse running = data.course(data.institution(DONGFENG));
        long notYet = data.trainee(running, "在训学员", residentId(DONGFENG));
        TrainingCourse elsewhere = data.finish(data.course(data.institution("220502")));
        long tonghua = data.trainee(elsewhere, "通化学员", residentId("220502"));

        long vacancy = as(() -> vacancies.register(vacancy(LIAOYUAN, 2, "5000", "6000"), liaoyuan));
        List<MaskedTrainee> candidates = as(() -> placements.candidates(vacancy, liaoyuan));
        assertThat(candidates).extracting(MaskedTrainee::id).contains(trained).doesNotContain(notYet, tonghua);
        // masked: an ID shows its province only, a phone its ends
        MaskedTrainee shown = candidates.stream().filter(c -> c.id() == trained).findFirst().orElseThrow();
        assertThat(shown.person().residentId()).startsWith("22").contains("****");
        assertThat(shown.phone()).contains("****");

        assertThatThrownBy(() -> as(() -> placements.place(vacancy, tonghua, LocalDate.of(2026, 7, 1), liaoyuan)))
                .hasMessageContaining("cooperation.trainee.notCandidate");
        assertThatThrownBy(() -> as(() -> placements.place(vacancy, notYet, LocalDate.of(2026, 7, 1), liaoyuan)))
                .hasMessageContaining("cooperation.trainee.notCandidate");
        assertThatThrownBy(() -> as(() -> placements.place(vacancy, trained, LocalDate.of(2026, 5, 1), liaoyuan)))
                .hasMessageContaining("cooperation.placedOn.beforePosted");
        // 通化 cannot place on 辽源's vacancy at all
        assertThatThrownBy(() -> as(() -> placements.place(vacancy, tonghua, LocalDate.of(2026, 7, 1), data.city(TONGHUA))))
                .isInstanceOf(NotFoundException.class);

        long placement = as(() -> placements.place(vacancy, trained, LocalDate.of(2026, 7, 1), liaoyuan));
        assertThatThrownBy(() -> as(() -> placements.place(vacancy, trained, LocalDate.of(2026, 7, 2), liaoyuan)))
                .hasMessageContaining("cooperation.trainee.placed");
        assertThat(audited("cooperation.placement.create", placement)).isOne();
        String detail = jdbc.queryForObject("select detail from audit_event where action = 'cooperation.placement.create' and object_id = ?",
                String.class, String.valueOf(placement));
        assertThat(detail).doesNotContain("协作学员");

        // placed in July and never followed up: the work list counts it
        assertThat(SystemActor.call(() -> placements.waitingForFollowUp(liaoyuan, 1000))).isPositive();
        long tonghuaOffice = as(() -> offices.register(new OfficeDetails("通化驻外站" + TrainingTestData.next(), TONGHUA, "天津", null,
                LocalDate.of(2025, 1, 1), null), data.city(TONGHUA)));
        assertThatThrownBy(() -> as(() -> placements.followUp(vacancy, placement, new FollowUpDetails(LocalDate.of(2026, 8, 1), null, tonghuaOffice,
                "回访"), liaoyuan))).hasMessageContaining("cooperation.office.unknown");
        assertThatThrownBy(() -> as(() -> placements.followUp(vacancy, placement, new FollowUpDetails(LocalDate.of(2026, 6, 1), "王", null,
                "回访"), liaoyuan))).hasMessageContaining("cooperation.servedOn.beforePlaced");
        assertThatThrownBy(() -> as(() -> placements.followUp(vacancy, placement, new FollowUpDetails(LocalDate.of(2026, 8, 1), null, null,
                "回访"), liaoyuan))).hasMessageContaining("cooperation.server.required");
        assertThatThrownBy(() -> as(() -> placements.followUp(vacancy, placement, new FollowUpDetails(LocalDate.of(2026, 8, 1), "王", null,
                "回访"), data.city(TONGHUA)))).isInstanceOf(NotFoundException.class);
        as(() -> placements.followUp(vacancy, placement, new FollowUpDetails(LocalDate.of(2026, 8, 1), "王站长", null, "回访用工单位"), liaoyuan));
        assertThat(as(() -> placements.followUps(vacancy, liaoyuan))).hasSize(1);
        assertThat(audited("cooperation.follow-up.create", placement)).isOne();

        PlanMetric placed = metrics.stream().filter(m -> m.code().equals("cooperation.placed")).findFirst().orElseThrow();
        assertThat(placed.read().byRegion().get(LIAOYUAN)).isPositive();
    }

    private long step(String subjectType, long id, String action) {
        return jdbc.queryForObject("select count(*) from workflow_step where subject_type = ? and subject_id = ? and action = ?", Long.class,
                subjectType, id, action);
    }

    @Test
    void aVacancyIsFilledByItsHeadcountOpenAgainWhenPlacesRiseAndClosedByHandWithAReason() {
        DataScope liaoyuan = data.city(LIAOYUAN);
        TrainingCourse finished = data.finish(data.course(data.institution(DONGFENG)));
        long first = data.trainee(finished, "招满学员甲", residentId(DONGFENG));
        long second = data.trainee(finished, "招满学员乙", residentId(DONGFENG));
        // two places, one taken by a person sent who is not a platform trainee
        VacancyDetails two = vacancy(LIAOYUAN, 2, "5000", "6000");
        VacancyDetails details = new VacancyDetails(LIAOYUAN, two.employer(), WELDER, 2, two.payMin(), two.payMax(), two.place(), null,
                two.postedOn(), two.closesOn(), 1, null);
        long id = as(() -> vacancies.register(details, liaoyuan));
        assertThat(as(() -> vacancies.get(id, liaoyuan)).getStatus()).isEqualTo(VacancyStatus.OPEN);

        as(() -> placements.place(id, first, LocalDate.of(2026, 7, 1), liaoyuan));
        Vacancy filled = as(() -> vacancies.get(id, liaoyuan));
        assertThat(filled.getStatus()).isEqualTo(VacancyStatus.FILLED);
        assertThat(step("cooperation_vacancy", id, "fill")).isOne();
        assertThat(as(() -> vacancies.search(null, null, VacancyStatus.FILLED, false, liaoyuan, PageRequest.of(0, 1000))).map(Vacancy::getId))
                .contains(id);
        assertThat(as(() -> vacancies.search(null, null, VacancyStatus.OPEN, false, liaoyuan, PageRequest.of(0, 1000))).map(Vacancy::getId))
                .doesNotContain(id);
        assertThatThrownBy(() -> as(() -> placements.place(id, second, LocalDate.of(2026, 7, 1), liaoyuan)))
                .hasMessageContaining("cooperation.vacancy.notOpen.FILLED");

        // a third place: open again, and it takes the second trainee
        as(() -> {
            vacancies.update(id, filled.getVersion(), new VacancyDetails(LIAOYUAN, details.employer(), WELDER, 3, details.payMin(), details.payMax(),
                    details.place(), null, details.postedOn(), details.closesOn(), 1, null), liaoyuan);
            return null;
        });
        assertThat(as(() -> vacancies.get(id, liaoyuan)).getStatus()).isEqualTo(VacancyStatus.OPEN);
        assertThat(step("cooperation_vacancy", id, "reopen")).isOne();

        // closing needs the reason, a fresh page and the scope; closed is final and takes no one
        Vacancy open = as(() -> vacancies.get(id, liaoyuan));
        assertThatThrownBy(() -> as(() -> {
            vacancies.close(id, open.getVersion(), " ", liaoyuan);
            return null;
        })).hasMessageContaining("workflow.reason.required");
        assertThatThrownBy(() -> as(() -> {
            vacancies.close(id, open.getVersion(), "用工单位停招", data.city(TONGHUA));
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(() -> {
            vacancies.close(id, open.getVersion() - 1, "用工单位停招", liaoyuan);
            return null;
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        as(() -> {
            vacancies.close(id, open.getVersion(), "用工单位停招", liaoyuan);
            return null;
        });
        Vacancy closed = as(() -> vacancies.get(id, liaoyuan));
        assertThat(closed.getStatus()).isEqualTo(VacancyStatus.CLOSED);
        assertThat(as(() -> vacancies.history(id, liaoyuan))).last().satisfies(s -> {
            assertThat(s.getToState()).isEqualTo("CLOSED");
            assertThat(s.getComment()).isEqualTo("用工单位停招");
        });
        assertThat(audited("cooperation_vacancy.close", id)).isOne();
        assertThatThrownBy(() -> as(() -> placements.place(id, second, LocalDate.of(2026, 7, 1), liaoyuan)))
                .hasMessageContaining("cooperation.vacancy.notOpen.CLOSED");
        assertThatThrownBy(() -> as(() -> {
            vacancies.close(id, closed.getVersion(), "再关一次", liaoyuan);
            return null;
        })).hasMessageContaining("workflow.notAllowed");
        // more places do not reopen a closed vacancy
        as(() -> {
            vacancies.update(id, closed.getVersion(), new VacancyDetails(LIAOYUAN, details.employer(), WELDER, 9, details.payMin(), details.payMax(),
                    details.place(), null, details.postedOn(), details.closesOn(), 1, null), liaoyuan);
            return null;
        });
        assertThat(as(() -> vacancies.get(id, liaoyuan)).getStatus()).isEqualTo(VacancyStatus.CLOSED);
    }

    @Test
    void placementsAndFollowUpsAreCorrectedByTheirKeepersWithTheChangeInTheirHistory() {
        DataScope liaoyuan = data.city(LIAOYUAN);
        TrainingCourse finished = data.finish(data.course(data.institution(DONGFENG)));
        long trained = data.trainee(finished, "修改学员", residentId(DONGFENG));
        long vacancy = as(() -> vacancies.register(vacancy(DONGFENG, 3, "5000", "6000"), data.city(DONGFENG)));
        long placement = as(() -> placements.place(vacancy, trained, LocalDate.of(2026, 7, 1), liaoyuan));
        long followUp = as(() -> placements.followUp(vacancy, placement, new FollowUpDetails(LocalDate.of(2026, 8, 1), "王站长", null, "回访"), liaoyuan));
        // the placement carries the vacancy's region (东丰), not the user's (辽源)
        assertThat(jdbc.queryForObject("select region_code from cooperation_placement where id = ?", String.class, placement)).isEqualTo(DONGFENG);

        // another city: 404; not before the vacancy, not after the first follow-up; a stale page refused
        assertThatThrownBy(() -> as(() -> {
            placements.updatePlacement(vacancy, placement, 0, LocalDate.of(2026, 7, 2), data.city(TONGHUA));
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(() -> {
            placements.updatePlacement(vacancy, placement, 0, LocalDate.of(2026, 5, 1), liaoyuan);
            return null;
        })).hasMessageContaining("cooperation.placedOn.beforePosted");
        assertThatThrownBy(() -> as(() -> {
            placements.updatePlacement(vacancy, placement, 0, LocalDate.of(2026, 8, 2), liaoyuan);
            return null;
        })).hasMessageContaining("cooperation.placedOn.afterFollowUp");
        as(() -> {
            placements.updatePlacement(vacancy, placement, 0, LocalDate.of(2026, 7, 3), liaoyuan);
            return null;
        });
        assertThatThrownBy(() -> as(() -> {
            placements.updatePlacement(vacancy, placement, 0, LocalDate.of(2026, 7, 4), liaoyuan);
            return null;
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);

        assertThatThrownBy(() -> as(() -> {
            placements.updateFollowUp(vacancy, followUp, 0, new FollowUpDetails(LocalDate.of(2026, 8, 2), null, null, "改"), liaoyuan);
            return null;
        })).hasMessageContaining("cooperation.server.required");
        assertThatThrownBy(() -> as(() -> {
            placements.updateFollowUp(vacancy, followUp, 0, new FollowUpDetails(LocalDate.of(2026, 8, 2), "王", null, "改"), data.city(TONGHUA));
            return null;
        })).isInstanceOf(NotFoundException.class);
        as(() -> {
            placements.updateFollowUp(vacancy, followUp, 0, new FollowUpDetails(LocalDate.of(2026, 8, 2), "李干事", null, "电话回访，工作稳定"), liaoyuan);
            return null;
        });
        assertThat(as(() -> placements.followUps(vacancy, liaoyuan))).singleElement().satisfies(f -> {
            assertThat(f.getServerName()).isEqualTo("李干事");
            assertThat(f.getContent()).isEqualTo("电话回访，工作稳定");
        });

        PlacementService.ChangeHistory changes = as(() -> placements.changes(vacancy, liaoyuan));
        assertThat(changes.placements().get(placement)).singleElement().satisfies(s -> assertThat(s.getComment()).contains("2026-07-01", "2026-07-03"));
        assertThat(changes.followUps().get(followUp)).singleElement().satisfies(s -> assertThat(s.getComment()).contains("王站长", "李干事", "回访"));
        assertThat(audited("cooperation_placement.edit", placement)).isOne();
        assertThat(audited("cooperation_follow_up.edit", followUp)).isOne();
        assertThatThrownBy(() -> as(() -> placements.changes(vacancy, data.city(TONGHUA)))).isInstanceOf(NotFoundException.class);

        // the vacancy moves to 辽源's own level: its placement and follow-up move with it
        Vacancy v = as(() -> vacancies.get(vacancy, liaoyuan));
        VacancyDetails d = v.details();
        as(() -> {
            vacancies.update(vacancy, v.getVersion(), new VacancyDetails(LIAOYUAN, d.employer(), d.occupationCode(), d.places(), d.payMin(), d.payMax(),
                    d.place(), null, d.postedOn(), d.closesOn(), 0, null), liaoyuan);
            return null;
        });
        assertThat(jdbc.queryForObject("select region_code from cooperation_placement where id = ?", String.class, placement)).isEqualTo(LIAOYUAN);
        assertThat(jdbc.queryForObject("select region_code from cooperation_follow_up where id = ?", String.class, followUp)).isEqualTo(LIAOYUAN);
        assertThatThrownBy(() -> as(() -> placements.placements(vacancy, data.city(DONGFENG)))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void withoutThePermissionNothingIsShown() {
        assertThatThrownBy(() -> SystemActor.call(() -> vacancies.search(null, null, null, false, DataScope.province(), PageRequest.of(0, 10)), "training:view"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void twoOfficersPlacingOnOneVacancyAtOnceAreTakenOneAfterTheOther() throws Exception {
        DataScope liaoyuan = data.city(LIAOYUAN);
        TrainingCourse finished = data.finish(data.course(data.institution(DONGFENG)));
        long first = data.trainee(finished, "同时上岗甲", residentId(DONGFENG));
        long second = data.trainee(finished, "同时上岗乙", residentId(DONGFENG));
        long id = as(() -> vacancies.register(vacancy(LIAOYUAN, 2, "5000", "6000"), liaoyuan));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> placed = new ArrayList<>();
            try (Connection held = dataSource.getConnection()) {
                // another transaction holds the vacancy's row, so that both placements are under way before either ends
                held.setAutoCommit(false);
                try (PreparedStatement lock = held.prepareStatement("select id from cooperation_vacancy where id = ? for update")) {
                    lock.setLong(1, id);
                    lock.executeQuery().close();
                }
                for (long trainee : new long[]{first, second}) {
                    placed.add(pool.submit(() -> as(() -> placements.place(id, trainee, LocalDate.of(2026, 7, 1), liaoyuan))));
                }
                Thread.sleep(1500);
                held.commit();
            }
            for (Future<Long> placement : placed) {
                assertThat(placement.get(30, TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
        // each counted the other's placement: the second filled the vacancy
        assertThat(jdbc.queryForObject("select count(*) from cooperation_placement where vacancy_id = ?", Long.class, id)).isEqualTo(2);
        assertThat(as(() -> vacancies.get(id, liaoyuan)).getStatus()).isEqualTo(VacancyStatus.FILLED);
    }
}
