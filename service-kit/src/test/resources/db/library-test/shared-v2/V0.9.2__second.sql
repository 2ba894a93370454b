create table library_second (id integer primary key);
