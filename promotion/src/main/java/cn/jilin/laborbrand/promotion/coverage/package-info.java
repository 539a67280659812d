/** 宣传报道 (三(四)): reports on TV, radio, in newspapers and new media, and films, with their counts per brand and city. */
@NamedInterface("coverage")
package cn.jilin.laborbrand.promotion.coverage;

import org.springframework.modulith.NamedInterface;
