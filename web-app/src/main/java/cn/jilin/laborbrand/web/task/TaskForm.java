package cn.jilin.laborbrand.web.task;

import cn.jilin.laborbrand.governance.task.Milestone;
import cn.jilin.laborbrand.governance.task.ResponsibilityTask;
import cn.jilin.laborbrand.governance.task.TaskPlan;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * HRSS's form of a task: deadline, note, and a line per year from the plan's start to the deadline's year for
 * that year's milestone (a blank line: no milestone that year). A bean, bound by setters, so that a bad cell is one
 * field error and the rest is shown again.
 */
public class TaskForm {

    static final int FIRST_YEAR = 2022;

    private long version;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;
    @Size(max = 1000)
    private String note;
    @Valid
    private List<MilestoneLine> milestones = new ArrayList<>();

    static TaskForm of(ResponsibilityTask task) {
        TaskForm form = new TaskForm();
        form.version = task.getVersion();
        form.deadline = task.getDeadline();
        form.note = task.getNote();
        Map<Integer, Milestone> byYear = task.getMilestones().stream().collect(Collectors.toMap(Milestone::getYear, Function.identity()));
        int last = Math.max(task.getDeadline().getYear(), byYear.keySet().stream().max(Integer::compare).orElse(FIRST_YEAR));
        for (int year = FIRST_YEAR; year <= last; year++) {
            Milestone m = byYear.get(year);
            MilestoneLine line = new MilestoneLine();
            line.setYear(year);
            line.setDescription(m == null ? "" : m.getDescription());
            line.setAchieved(m != null && m.isAchieved());
            form.milestones.add(line);
        }
        return form;
    }

    TaskPlan plan() {
        List<Milestone> kept = milestones.stream()
                .filter(l -> l.getDescription() != null && !l.getDescription().isBlank() && l.getYear() != null)
                .map(l -> new Milestone(l.getYear(), l.getDescription(), l.isAchieved())).toList();
        return new TaskPlan(deadline, note, kept);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<MilestoneLine> getMilestones() {
        return milestones;
    }

    public void setMilestones(List<MilestoneLine> milestones) {
        this.milestones = milestones == null ? new ArrayList<>() : milestones;
    }

    /** One year's milestone. */
    public static class MilestoneLine {
        private Integer year;
        @Size(max = 500)
        private String description;
        private boolean achieved;

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public boolean isAchieved() {
            return achieved;
        }

        public void setAchieved(boolean achieved) {
            this.achieved = achieved;
        }
    }
}
