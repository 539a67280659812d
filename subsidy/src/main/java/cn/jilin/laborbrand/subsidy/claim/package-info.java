/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("claim")
package cn.jilin.laborbrand.subsidy.claim;

import org.springframework.modulith.NamedInterface;
