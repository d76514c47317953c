dev.dbflow.it.ExampleProject.copy('spring-boot-4', basedir, pluginVersion)
dev.dbflow.it.ItDatabase.create(itPostgresPort, basedir)
true
