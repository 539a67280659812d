package cn.jilin.laborbrand.web.training;

import cn.jilin.laborbrand.training.course.CourseDetails;
import cn.jilin.laborbrand.training.course.CourseStatus;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The course form as posted. */
record CourseForm(
        @NotBlank @Size(max = 100) String name,
        @NotBlank String occupationCode,
        Long brandId,
        Long baseId,
        @NotNull Long institutionId,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
        @NotNull @Positive @Max(2000) Integer hours,
        boolean subsidised,
        @NotNull CourseStatus status,
        long version) {

    static CourseForm empty(Long institutionId) {
        return new CourseForm("", "", null, null, institutionId, null, null, null, true, CourseStatus.PLANNED, 0);
    }

    static CourseForm of(TrainingCourse c) {
        CourseDetails d = c.details();
        return new CourseForm(d.name(), d.occupationCode(), d.brandId(), d.baseId(), d.institutionId(), d.startDate(), d.endDate(), d.hours(),
                d.subsidised(), d.status(), c.getVersion());
    }

    CourseDetails details() {
        return new CourseDetails(name, occupationCode, brandId, baseId, institutionId, startDate, endDate, hours, subsidised, status);
    }
}
