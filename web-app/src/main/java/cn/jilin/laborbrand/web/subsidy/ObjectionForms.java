package cn.jilin.laborbrand.web.subsidy;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The small forms of a claim's page after approval: an objection received, its resolution, a recovery. */
final class ObjectionForms {

    private ObjectionForms() {
    }

    record ObjectionForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn, @NotBlank @Size(max = 100) String objector,
                         @NotBlank @Size(max = 2000) String content) {
    }

    record RecoveryForm(@NotNull @DecimalMin(value = "0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
                        @NotBlank @Size(max = 2000) String reason,
                        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recoveredOn, long version) {
    }
}
