/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("brand")
package cn.jilin.laborbrand.registry.brand;

import org.springframework.modulith.NamedInterface;
