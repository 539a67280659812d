package cn.jilin.laborbrand.web.training;

import cn.jilin.laborbrand.training.trainee.PriorityGroup;
import cn.jilin.laborbrand.training.trainee.Trainee;
import cn.jilin.laborbrand.training.trainee.TraineeDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/** The trainee form as posted; the resident ID only when adding; phone and home region blank on an edit to keep them. */
record TraineeForm(
        @NotBlank @Size(max = 50) String name,
        @Size(max = 18) String residentId,
        @Size(max = 20) String phone,
        String homeRegionCode,
        Set<PriorityGroup> priorityGroups,
        @Size(max = 100) String employer,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate employedSince,
        long version) {

    static TraineeForm empty() {
        return new TraineeForm("", "", "", "", EnumSet.noneOf(PriorityGroup.class), "", null, 0);
    }

    static TraineeForm of(Trainee t) {
        return new TraineeForm(t.getName(), "", "", "", t.getPriorityGroups(), t.getEmployer(), t.getEmployedSince(),
                t.getVersion());
    }

    TraineeDetails details() {
        return new TraineeDetails(name, residentId, phone, homeRegionCode, priorityGroups == null ? Set.of() : priorityGroups, employer,
                employedSince);
    }
}
