/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("alliance")
package cn.jilin.laborbrand.registry.alliance;

import org.springframework.modulith.NamedInterface;
