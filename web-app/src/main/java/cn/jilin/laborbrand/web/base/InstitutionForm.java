package cn.jilin.laborbrand.web.base;

import cn.jilin.laborbrand.training.institution.Institution;
import cn.jilin.laborbrand.training.institution.InstitutionDetails;
import cn.jilin.laborbrand.training.institution.InstitutionKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The institution form as posted: an organisation of the directory plus what the directory lacks. */
record InstitutionForm(
        @NotNull Long organisationId,
        @NotNull InstitutionKind kind,
        @NotBlank @Size(max = 200) String address,
        @NotBlank @Size(max = 50) String contactName,
        @Size(max = 20) String contactPhone,
        long version) {

    static InstitutionForm empty() {
        return new InstitutionForm(null, InstitutionKind.TRAINING_INSTITUTION, "", "", "", 0);
    }

    static InstitutionForm of(Institution i) {
        return new InstitutionForm(i.getOrganisationId(), i.getKind(), i.getAddress(), i.getContactName(), "", i.getVersion());
    }

    InstitutionDetails details() {
        return new InstitutionDetails(organisationId, kind, address, contactName, contactPhone);
    }
}
