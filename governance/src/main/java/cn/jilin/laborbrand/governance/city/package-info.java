/** Published to the other modules: the cities' implementation register (三(一)), its service, records and entities. */
@NamedInterface("city")
package cn.jilin.laborbrand.governance.city;

import org.springframework.modulith.NamedInterface;
