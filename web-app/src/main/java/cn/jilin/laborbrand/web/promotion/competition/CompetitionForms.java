package cn.jilin.laborbrand.web.promotion.competition;

import cn.jilin.laborbrand.promotion.competition.Competition;
import cn.jilin.laborbrand.promotion.competition.CompetitionDetails;
import cn.jilin.laborbrand.promotion.competition.CompetitionLevel;
import cn.jilin.laborbrand.promotion.competition.ResultDetails;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The competition pages' forms, bound as records (no mass assignment onto the entities). */
final class CompetitionForms {

    private CompetitionForms() {
    }

    /** A competition: name, year, organiser, occupation, level and (for a city's) the city. */
    record CompetitionForm(@NotBlank @Size(max = 200) String name, @NotNull @Min(2000) @Max(2100) Integer year,
                           @NotBlank @Size(max = 200) String organiser, @NotBlank @Size(max = 100) String occupation,
                           @NotNull CompetitionLevel level, @Size(max = 6) String regionCode, long version) {

        static CompetitionForm empty(int year) {
            return new CompetitionForm("", year, "", "", CompetitionLevel.PROVINCE, "", 0);
        }

        static CompetitionForm of(Competition c) {
            return new CompetitionForm(c.getName(), c.getYear(), c.getOrganiser(), c.getOccupation(), c.getLevel(),
                    c.getLevel() == CompetitionLevel.CITY ? c.getRegionCode() : "", c.getVersion());
        }

        CompetitionDetails details() {
            return new CompetitionDetails(name, year, organiser, occupation, level, regionCode == null || regionCode.isBlank() ? null : regionCode);
        }
    }

    /** An event (项目): name, day, place. */
    record EventForm(@NotBlank @Size(max = 200) String name, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                     @NotBlank @Size(max = 200) String place) {

        static EventForm empty() {
            return new EventForm("", null, "");
        }
    }

    /** A result: event (optional), rank, award, person, region, brand (optional), certificate number (optional). */
    record ResultForm(Long eventId, @NotNull @Min(1) @Max(1000) Integer rank, @NotBlank @Size(max = 50) String award,
                      @NotBlank @Size(max = 50) String personName, @NotBlank @Size(max = 6) String regionCode, Long brandId,
                      @Size(max = 40) String certificateNumber) {

        static ResultForm empty() {
            return new ResultForm(null, null, "", "", "", null, "");
        }

        ResultDetails details() {
            return new ResultDetails(eventId, rank, award, personName, regionCode, brandId, certificateNumber);
        }
    }
}
