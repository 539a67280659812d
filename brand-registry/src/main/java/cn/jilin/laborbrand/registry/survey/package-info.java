/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("survey")
package cn.jilin.laborbrand.registry.survey;

import org.springframework.modulith.NamedInterface;
