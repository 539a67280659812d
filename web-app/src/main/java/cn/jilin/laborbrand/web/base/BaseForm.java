package cn.jilin.laborbrand.web.base;

import cn.jilin.laborbrand.training.base.BaseDetails;
import cn.jilin.laborbrand.training.base.CultivationBase;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** The cultivation-base form as posted; the phone is left blank on an edit to keep the stored one. */
record BaseForm(
        @NotBlank @Size(max = 100) String name,
        @NotNull Long institutionId,
        @NotEmpty List<Long> brandIds,
        @NotBlank String regionCode,
        @NotBlank @Size(max = 200) String address,
        @NotNull @PositiveOrZero @Max(1_000_000) Integer capacity,
        @Size(max = 5000) String facilities,
        @NotBlank @Size(max = 50) String contactName,
        @Size(max = 20) String contactPhone,
        long version) {

    static BaseForm empty(String regionCode) {
        return new BaseForm("", null, new ArrayList<>(), regionCode, "", null, "", "", "", 0);
    }

    static BaseForm of(CultivationBase b) {
        return new BaseForm(b.getName(), b.getInstitutionId(), new ArrayList<>(b.getBrandIds()), b.getRegionCode(), b.getAddress(),
                b.getCapacity(), b.getFacilities(), b.getContactName(), "", b.getVersion());
    }

    BaseDetails details() {
        return new BaseDetails(name, institutionId, brandIds, regionCode, address, capacity, facilities, contactName, contactPhone);
    }
}
