/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("finance")
package cn.jilin.laborbrand.registry.finance;

import org.springframework.modulith.NamedInterface;
