package cn.jilin.laborbrand.web.application;

import cn.jilin.laborbrand.registry.application.ApplicationDraft;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The application form as posted. The phone is never sent back to the browser in full: on an edit it starts blank, and
 * left blank it keeps the phone already given.
 */
record ApplicationForm(
        @NotNull Long brandId,
        @NotNull BrandLevel targetLevel,
        @NotBlank @Size(max = 5000) String reasons,
        @Size(max = 5000) String achievements,
        @Size(max = 5000) String buildingPlan,
        @NotBlank @Size(max = 50) String contactName,
        @Size(max = 20) String contactPhone,
        long version) {

    ApplicationDraft draft() {
        return new ApplicationDraft(targetLevel, reasons, achievements, buildingPlan, contactName, contactPhone);
    }
}
