package cn.jilin.laborbrand.governance.task;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** 年度节点: what the task should have achieved by the end of a year, and whether it has. */
@Embeddable
public class Milestone {

    private int year;

    private String description;

    private boolean achieved;

    protected Milestone() {
    }

    public Milestone(int year, String description, boolean achieved) {
        this.year = year;
        this.description = description == null ? "" : description.strip();
        this.achieved = achieved;
    }

    public int getYear() {
        return year;
    }

    public String getDescription() {
        return description;
    }

    public boolean isAchieved() {
        return achieved;
    }
}
