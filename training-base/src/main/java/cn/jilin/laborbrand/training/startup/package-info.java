/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("startup")
package cn.jilin.laborbrand.training.startup;

import org.springframework.modulith.NamedInterface;
