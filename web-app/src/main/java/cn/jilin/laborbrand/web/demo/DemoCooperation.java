package cn.jilin.laborbrand.web.demo;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.demo.DemoRecords;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.cooperation.FollowUpDetails;
import cn.jilin.laborbrand.training.cooperation.InboundBase;
import cn.jilin.laborbrand.training.cooperation.InboundBaseDetails;
import cn.jilin.laborbrand.training.cooperation.InboundBaseService;
import cn.jilin.laborbrand.training.cooperation.OfficeDetails;
import cn.jilin.laborbrand.training.cooperation.OfficeService;
import cn.jilin.laborbrand.training.cooperation.OutboundOffice;
import cn.jilin.laborbrand.training.cooperation.PlacementService;
import cn.jilin.laborbrand.training.cooperation.Vacancy;
import cn.jilin.laborbrand.training.cooperation.VacancyDetails;
import cn.jilin.laborbrand.training.cooperation.VacancyService;
import cn.jilin.laborbrand.training.trainee.MaskedTrainee;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The demo's labour cooperation (二(二)2): input bases, resident offices and vacancies of 长春, 辽源 and 延边; on the
 * vacancies of 长春 and 辽源 some of the demo trainees are placed, one long ago without follow-up (so that the work
 * list shows it), one followed up by a resident office; a 延边 vacancy took people who are not platform trainees (a
 * headcount). Made through the services as the province would, then marked as demo data. Idempotent: a record whose
 * name (or employer) exists is left alone.
 */
@Component
@Profile("demo")
@Order(60)
class DemoCooperation implements ApplicationRunner {

    private static final DataScope PROVINCE = DataScope.province();

    private final InboundBaseService bases;
    private final OfficeService offices;
    private final VacancyService vacancies;
    private final PlacementService placements;
    private final DemoRecords demo;
    private final Clock clock;

    DemoCooperation(InboundBaseService bases, OfficeService offices, VacancyService vacancies, PlacementService placements, DemoRecords demo,
                    Clock clock) {
        this.bases = bases;
        this.offices = offices;
        this.vacancies = vacancies;
        this.placements = placements;
        this.demo = demo;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(this::provision, "demo:provision", "cooperation:view", "cooperation:manage", "training:view", "organisation:view",
                "brand:view");
    }

    private void provision() {
        LocalDate today = LocalDate.now(clock);
        long ningbo = base(new InboundBaseDetails("宁波北仑汽车零部件劳务输入基地", "220100", "宁波市北仑区人力资源和社会保障局", null, "浙江省宁波市",
                LocalDate.of(2024, 4, 1), LocalDate.of(2027, 3, 31), "6-22-01-01", null, "演示数据：长春汽车装调工对口输入"));
        long yiwu = base(new InboundBaseDetails("义乌袜业劳务输入基地", "220400", "义乌市人力资源和社会保障局", null, "浙江省义乌市",
                LocalDate.of(2024, 9, 1), null, "6-04-02-05", null, "演示数据"));
        base(new InboundBaseDetails("天津滨海食品加工劳务输入基地", "222400", "天津市滨海新区某食品产业园", null, "天津市滨海新区",
                LocalDate.of(2025, 3, 1), LocalDate.of(2028, 2, 28), null, null, "演示数据"));
        long ningboOffice = office(new OfficeDetails("长春市驻宁波劳务工作站", "220100", "浙江省宁波市", "0574-8688 1234", LocalDate.of(2024, 5, 10), "演示数据"));
        office(new OfficeDetails("辽源市驻义乌劳务服务站", "220400", "浙江省义乌市", "0579-8552 6600", LocalDate.of(2024, 10, 8), "演示数据"));
        office(new OfficeDetails("延边州驻天津劳务服务站", "222400", "天津市滨海新区", "022-6537 2210", LocalDate.of(2025, 4, 1), "演示数据"));

        long cars = vacancy(new VacancyDetails("220100", "宁波某汽车零部件有限公司（演示数据）", "6-22-01-01", 20, new BigDecimal("6500"),
                new BigDecimal("9000"), "浙江省宁波市北仑区", ningbo, today.minusDays(90), today.plusDays(60), 3, "包食宿，演示数据"));
        long socks = vacancy(new VacancyDetails("220400", "义乌某袜业有限公司（演示数据）", "6-04-02-05", 15, new BigDecimal("5200"),
                new BigDecimal("7000"), "浙江省义乌市", yiwu, today.minusDays(20), null, 0, "演示数据"));
        vacancy(new VacancyDetails("222400", "天津某餐饮管理有限公司（演示数据）", "4-03-02-01", 30, new BigDecimal("4800"), new BigDecimal("6000"),
                "天津市滨海新区", null, today.minusDays(45), today.plusDays(30), 12, "演示数据：延边输出的非平台学员按人数登记"));

        List<MaskedTrainee> carWorkers = placements.candidates(cars, PROVINCE);
        if (placements.placements(cars, PROVINCE).isEmpty() && carWorkers.size() >= 2) {
            // one placed 60 days ago and not followed up (the work list shows it), one followed up by the station
            demo.mark("cooperation_placement", placements.place(cars, carWorkers.get(0).id(), today.minusDays(60), PROVINCE));
            long followed = placements.place(cars, carWorkers.get(1).id(), today.minusDays(50), PROVINCE);
            demo.mark("cooperation_placement", followed);
            demo.mark("cooperation_follow_up", placements.followUp(cars, followed, new FollowUpDetails(today.minusDays(10), "王站长", ningboOffice,
                    "回访用工单位和本人，了解住宿和工资发放情况，均正常。"), PROVINCE));
        }
        List<MaskedTrainee> sockWorkers = placements.candidates(socks, PROVINCE);
        if (placements.placements(socks, PROVINCE).isEmpty() && !sockWorkers.isEmpty()) {
            demo.mark("cooperation_placement", placements.place(socks, sockWorkers.get(0).id(), today.minusDays(15), PROVINCE));
        }
    }

    private long base(InboundBaseDetails d) {
        Optional<InboundBase> existing = bases.search(d.name(), List.of(d.regionCode()), PROVINCE, PageRequest.of(0, 50)).stream()
                .filter(b -> b.getName().equals(d.name())).findFirst();
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        long id = bases.register(d, PROVINCE);
        demo.mark("inbound_base", id);
        return id;
    }

    private long office(OfficeDetails d) {
        Optional<OutboundOffice> existing = offices.search(d.name(), List.of(d.regionCode()), PROVINCE, PageRequest.of(0, 50)).stream()
                .filter(o -> o.getName().equals(d.name())).findFirst();
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        long id = offices.register(d, PROVINCE);
        demo.mark("outbound_office", id);
        return id;
    }

    private long vacancy(VacancyDetails d) {
        Optional<Vacancy> existing = vacancies.search(d.occupationCode(), List.of(d.regionCode()), null, false, PROVINCE, PageRequest.of(0, 200)).stream()
                .filter(v -> v.getEmployer().equals(d.employer())).findFirst();
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        long id = vacancies.register(d, PROVINCE);
        demo.mark("cooperation_vacancy", id);
        return id;
    }
}
