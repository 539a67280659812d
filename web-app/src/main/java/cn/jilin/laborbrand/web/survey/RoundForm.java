package cn.jilin.laborbrand.web.survey;

import cn.jilin.laborbrand.registry.survey.NewSurvey;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that opens a survey round, as posted. */
record RoundForm(
        @NotBlank @Size(max = 100) String title,
        @NotNull @Min(2022) @Max(2099) Integer year,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {

    static RoundForm forYear(int year, String title) {
        return new RoundForm(title, year, null);
    }

    NewSurvey round() {
        return new NewSurvey(title, year, deadline);
    }
}
