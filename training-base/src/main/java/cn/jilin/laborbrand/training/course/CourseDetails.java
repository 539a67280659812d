package cn.jilin.laborbrand.training.course;

import java.time.LocalDate;

/** What an institution or city officer enters about a training course. */
public record CourseDetails(String name, String occupationCode, Long brandId, Long baseId, Long institutionId, LocalDate startDate,
                            LocalDate endDate, Integer hours, boolean subsidised, CourseStatus status) {
}
