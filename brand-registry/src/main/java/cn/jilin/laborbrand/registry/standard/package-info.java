/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("standard")
package cn.jilin.laborbrand.registry.standard;

import org.springframework.modulith.NamedInterface;
