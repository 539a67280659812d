package cn.jilin.laborbrand.registry.survey;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;

/** Returns are read only within the caller's scope: a city bureau finds its own region's, HRSS the province's. */
interface SurveyReturnRepository extends ScopedRepository<SurveyReturn, Long> {
}
