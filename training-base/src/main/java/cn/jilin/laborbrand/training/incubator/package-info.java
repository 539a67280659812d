/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("incubator")
package cn.jilin.laborbrand.training.incubator;

import org.springframework.modulith.NamedInterface;
