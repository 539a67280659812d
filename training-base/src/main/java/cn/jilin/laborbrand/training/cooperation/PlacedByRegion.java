package cn.jilin.laborbrand.training.cooperation;

/** People placed through cooperation in one Jilin region (a count, no names). */
public record PlacedByRegion(String regionCode, long people) {
}
