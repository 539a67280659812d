package cn.jilin.laborbrand.registry.park;

/** A park as the list shows it: the park, how many brands and enterprises it has, its latest year of figures. */
public record ParkSummary(IndustrialPark park, int brandCount, int enterpriseCount, Integer latestYear) {
}
