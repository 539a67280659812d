package cn.jilin.laborbrand.web.cooperation;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.course.CourseDetails;
import cn.jilin.laborbrand.training.course.CourseService;
import cn.jilin.laborbrand.training.course.CourseStatus;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import cn.jilin.laborbrand.training.institution.InstitutionDetails;
import cn.jilin.laborbrand.training.institution.InstitutionKind;
import cn.jilin.laborbrand.training.institution.InstitutionService;
import cn.jilin.laborbrand.training.trainee.TraineeDetails;
import cn.jilin.laborbrand.training.trainee.TraineeService;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.training.TrainingFixtures;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Trained brand workers for the cooperation tests: a person on a finished course of an occupation, in a region. */
@Component
public class CooperationFixtures {

    public static final String WELDER = "6-18-02-04";
    public static final String PHONE = "13912345678";

    private final Fixtures fixtures;
    private final InstitutionService institutions;
    private final CourseService courses;
    private final TraineeService trainees;

    CooperationFixtures(Fixtures fixtures, InstitutionService institutions, CourseService courses, TraineeService trainees) {
        this.fixtures = fixtures;
        this.institutions = institutions;
        this.courses = courses;
        this.trainees = trainees;
    }

    /** A person with this resident ID who finished a course of {@code occupation} in {@code region}; the trainee's id. */
    public long trainedWorker(String region, String occupation, String name, String residentId) {
        long organisation = fixtures.organisation("协作测试企业", region, OrganisationKind.ENTERPRISE);
        return SystemActor.call(() -> {
            long institution = institutions.register(new InstitutionDetails(organisation, InstitutionKind.ENTERPRISE, "某路", "联系人", "13812345678"),
                    DataScope.province());
            long course = courses.create(new CourseDetails("协作测试班" + System.nanoTime() % 100000, occupation, null, null, institution,
                    LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), 100, true, CourseStatus.RUNNING), DataScope.province());
            long trainee = trainees.add(course, new TraineeDetails(name, residentId, PHONE, region, Set.of(), null, null), DataScope.province());
            TrainingCourse c = courses.get(course, DataScope.province());
            CourseDetails d = c.details();
            courses.update(course, c.getVersion(), new CourseDetails(d.name(), d.occupationCode(), d.brandId(), d.baseId(), d.institutionId(),
                    d.startDate(), d.endDate(), d.hours(), d.subsidised(), CourseStatus.FINISHED), DataScope.province());
            return trainee;
        }, "organisation:view", "training:view", "training:edit", "base:view", "base:edit", "brand:view");
    }

    public static String residentId(String region) {
        return TrainingFixtures.residentId(region);
    }
}
