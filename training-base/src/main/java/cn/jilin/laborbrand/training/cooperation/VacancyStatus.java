package cn.jilin.laborbrand.training.cooperation;

/**
 * The state of a vacancy: OPEN takes placements; FILLED when the people placed reach the places wanted (by itself,
 * and back to OPEN when an edit raises the places); CLOSED by hand with a reason, final.
 */
public enum VacancyStatus {
    OPEN, FILLED, CLOSED
}
