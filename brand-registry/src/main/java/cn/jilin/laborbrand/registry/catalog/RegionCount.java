package cn.jilin.laborbrand.registry.catalog;

/** A count per catalogue region (a city), for the roll-up of the cities' catalogues. */
record RegionCount(String regionCode, long count) {
}
