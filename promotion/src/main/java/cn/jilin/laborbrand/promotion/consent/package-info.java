/** A person's written consent to publish what is known of them (PIPL), shared by nominations and typical figures. */
@NamedInterface("consent")
package cn.jilin.laborbrand.promotion.consent;

import org.springframework.modulith.NamedInterface;
