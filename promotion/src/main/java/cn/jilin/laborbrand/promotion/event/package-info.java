/** 展示交流活动 (三(三)): exhibitions, forums, job fairs, publicity weeks, their outcomes, and the public calendar. */
@NamedInterface("event")
package cn.jilin.laborbrand.promotion.event;

import org.springframework.modulith.NamedInterface;
