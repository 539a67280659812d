package cn.jilin.laborbrand.registry.survey;

import cn.jilin.laborbrand.platform.region.Region;

/** A prefecture-level unit in a round's table, with its return (and rows) if it has started one. */
public record RoundUnit(Region region, SurveyReturn ret) {

    public boolean filed() {
        return ret != null && ret.getState().isFiled();
    }
}
