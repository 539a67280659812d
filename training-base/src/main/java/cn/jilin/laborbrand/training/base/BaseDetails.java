package cn.jilin.laborbrand.training.base;

import java.util.List;

/** What a city officer enters about a cultivation base; level and state change only through the workflow. */
public record BaseDetails(String name, Long institutionId, List<Long> brandIds, String regionCode, String address, Integer capacity,
                          String facilities, String contactName, String contactPhone) {
}
