package cn.jilin.laborbrand.web.promotion.figure;

import cn.jilin.laborbrand.platform.code.ResidentId.Sex;
import cn.jilin.laborbrand.promotion.figure.FigureDetails;
import cn.jilin.laborbrand.promotion.figure.FigureRole;
import cn.jilin.laborbrand.promotion.figure.TypicalFigure;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The typical-figure form: what the officer types, bound as a record (no mass assignment onto the entity). */
record FigureForm(@NotBlank @Size(max = 50) String name, @NotNull Sex sex, @Min(1900) @Max(2100) Integer birthYear, @NotNull FigureRole role,
                  @NotNull Long brandId, @Size(max = 6) String regionCode, @Size(max = 100) String headline,
                  @NotBlank @Size(max = 4000) String story, long version) {

    static FigureForm empty(Long brandId) {
        return new FigureForm("", null, null, null, brandId, "", "", "", 0);
    }

    static FigureForm of(TypicalFigure f) {
        return new FigureForm(f.getName(), f.getSex(), f.getBirthYear(), f.getRole(), f.getBrandId(), f.getRegionCode(), f.getHeadline(),
                f.getStory(), f.getVersion());
    }

    FigureDetails details() {
        return new FigureDetails(name, sex, birthYear, role, brandId, regionCode, headline, story);
    }
}
