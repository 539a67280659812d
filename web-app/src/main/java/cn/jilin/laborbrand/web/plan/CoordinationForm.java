package cn.jilin.laborbrand.web.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A coordination decision as posted: the coordinating unit (none: the measure has none from now on) and its basis. */
record CoordinationForm(Long organisationId, @NotBlank @Size(max = 200) String basis) {

    static CoordinationForm of(Long current) {
        return new CoordinationForm(current, "");
    }
}
