package cn.jilin.laborbrand.registry.survey;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;

interface SurveyReturnRepository extends ScopedRepository<SurveyReturn, Long> {

    // one return per round and region, whoever asks
    boolean existsBySurveyIdAndRegionCode(long surveyId, String regionCode);
}
