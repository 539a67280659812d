package cn.jilin.laborbrand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** 吉林省劳务品牌建设管理平台: the one portal over every module. */
@SpringBootApplication
public class LaborBrandApplication {

    public static void main(String[] args) {
        SpringApplication.run(LaborBrandApplication.class, args);
    }
}
