/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("studio")
package cn.jilin.laborbrand.training.studio;

import org.springframework.modulith.NamedInterface;
