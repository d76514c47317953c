dev.dbflow.it.ItDatabase.create(itPostgresPort, basedir)
true
