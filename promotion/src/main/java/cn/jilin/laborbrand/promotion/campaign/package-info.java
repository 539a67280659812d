/**
 * 征集评选 (三(三)): the province's selection campaigns (优秀劳务品牌, 形象代言人, 带头人), the cities' nominations within
 * their quota and the nomination window, expert scoring through the platform's review, ranking into tiers, public
 * notice with objections, published winners and their certificates.
 */
@NamedInterface("campaign")
package cn.jilin.laborbrand.promotion.campaign;

import org.springframework.modulith.NamedInterface;
