package cn.jilin.laborbrand.training.partner;

/** The filters of the training figures: a prefecture (its counties included), an occupation, the year courses started. */
public record TrainingFilter(String prefectureCode, String occupationCode, Integer year) {
}
