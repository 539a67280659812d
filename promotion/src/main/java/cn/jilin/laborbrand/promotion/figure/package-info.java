/** 典型人物 (三(三)): typical figures of a brand, their publication consent, and the published view the public reads. */
@NamedInterface("figure")
package cn.jilin.laborbrand.promotion.figure;

import org.springframework.modulith.NamedInterface;
