/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("park")
package cn.jilin.laborbrand.registry.park;

import org.springframework.modulith.NamedInterface;
