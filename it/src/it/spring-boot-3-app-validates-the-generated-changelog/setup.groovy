dev.dbflow.it.ExampleProject.copy('spring-boot-3', basedir, pluginVersion)
dev.dbflow.it.ItDatabase.create(itPostgresPort, basedir)
true
