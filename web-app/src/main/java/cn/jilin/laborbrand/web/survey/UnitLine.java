package cn.jilin.laborbrand.web.survey;

import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.registry.survey.SurveyReturn;

/** A prefecture-level unit in a round's table, with its return if it has started one (public: the template reads it). */
public record UnitLine(Region region, SurveyReturn ret) {

    public boolean filed() {
        return ret != null && ret.getState().isFiled();
    }
}
