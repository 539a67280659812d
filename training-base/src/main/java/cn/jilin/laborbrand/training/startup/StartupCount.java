package cn.jilin.laborbrand.training.startup;

/** Start-ups of one region and the jobs they created. */
record StartupCount(String regionCode, long startups, long jobs) {
}
