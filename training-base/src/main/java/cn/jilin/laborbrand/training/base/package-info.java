/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("base")
package cn.jilin.laborbrand.training.base;

import org.springframework.modulith.NamedInterface;
