/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("enterprise")
package cn.jilin.laborbrand.registry.enterprise;

import org.springframework.modulith.NamedInterface;
