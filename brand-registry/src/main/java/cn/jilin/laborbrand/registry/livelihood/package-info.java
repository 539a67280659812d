/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("livelihood")
package cn.jilin.laborbrand.registry.livelihood;

import org.springframework.modulith.NamedInterface;
