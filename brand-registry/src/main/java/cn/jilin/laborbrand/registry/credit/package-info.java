/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("credit")
package cn.jilin.laborbrand.registry.credit;

import org.springframework.modulith.NamedInterface;
