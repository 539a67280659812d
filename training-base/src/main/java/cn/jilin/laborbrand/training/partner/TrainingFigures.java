package cn.jilin.laborbrand.training.partner;

/**
 * One prefecture and occupation: the courses that started in the period, the distinct persons on their rosters, the
 * certificates issued to them and the distinct persons holding one. Counts, never persons.
 */
public record TrainingFigures(String prefectureCode, String occupationCode, String occupationName, long courses, long trained,
                              long certificates, long certified) {
}
