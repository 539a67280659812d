/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("catalog")
package cn.jilin.laborbrand.registry.catalog;

import org.springframework.modulith.NamedInterface;
