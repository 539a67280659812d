/**
 * 技能大赛 (三(三)): competitions with their events (项目) and results (rank, award, person, region, brand), each result
 * linked to a certificate through the {@link cn.jilin.laborbrand.promotion.competition.CertificateRegister} port where one exists.
 */
@NamedInterface("competition")
package cn.jilin.laborbrand.promotion.competition;

import org.springframework.modulith.NamedInterface;
