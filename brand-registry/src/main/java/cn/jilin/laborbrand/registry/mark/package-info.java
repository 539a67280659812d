/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("mark")
package cn.jilin.laborbrand.registry.mark;

import org.springframework.modulith.NamedInterface;
