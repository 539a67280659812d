/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("institution")
package cn.jilin.laborbrand.training.institution;

import org.springframework.modulith.NamedInterface;
