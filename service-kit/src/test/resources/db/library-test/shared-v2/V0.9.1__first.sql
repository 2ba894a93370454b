create table library_first (id integer primary key);
