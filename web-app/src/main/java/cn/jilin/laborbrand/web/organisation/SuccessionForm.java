package cn.jilin.laborbrand.web.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A succession as posted: the successor (a standing organisation, or the name of a body the reorganisation formed), the
 * date and the document (文号) of the reorganisation.
 */
record SuccessionForm(
        Long successorId,
        @Size(max = 100) String successorName,
        @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate succeededOn,
        @NotBlank @Size(max = 100) String document) {

    static SuccessionForm empty() {
        return new SuccessionForm(null, "", null, "");
    }
}
