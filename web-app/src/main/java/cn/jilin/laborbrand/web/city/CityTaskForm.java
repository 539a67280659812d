package cn.jilin.laborbrand.web.city;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A task of a city's 推进落实方案 as posted: the measure, the unit that carries it, its deadline. */
record CityTaskForm(
        @NotNull Long measureId,
        @NotNull Long organisationId,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {

    static CityTaskForm empty(LocalDate planDeadline) {
        return new CityTaskForm(null, null, planDeadline);
    }
}
