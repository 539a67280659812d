package cn.jilin.laborbrand.web.meeting;

import cn.jilin.laborbrand.governance.meeting.DecisionKind;
import cn.jilin.laborbrand.governance.meeting.DecisionRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** A decision as posted: kind and text; the new task's measure, department and deadline; or the tasks to amend. */
public record DecisionForm(
        @NotNull DecisionKind kind,
        @NotBlank @Size(max = 2000) String content,
        Long measureId,
        Long organisationId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
        List<Long> taskIds) {

    public static DecisionForm empty() {
        return new DecisionForm(DecisionKind.RESOLUTION, "", null, null, null, List.of());
    }

    public DecisionRequest request() {
        return new DecisionRequest(kind, content, measureId, organisationId, deadline, taskIds == null ? List.of() : taskIds);
    }
}
