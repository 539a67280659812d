/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("referral")
package cn.jilin.laborbrand.training.referral;

import org.springframework.modulith.NamedInterface;
