/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("policy")
package cn.jilin.laborbrand.subsidy.policy;

import org.springframework.modulith.NamedInterface;
